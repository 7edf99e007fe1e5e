import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Trainee } from '../../shared/api/contract';
import { useDocumentTitle } from '../app/use-document-title';
import { GUEST_NAME, traineeName, type ProfileInput } from '../state/trainee-slice';
import { useTrainer } from '../state/TrainerProvider';
import { ProfileForm } from './ProfileForm';
import './trainees.css';

/** `#/trainees`: the profiles on this machine; add one, edit one, and choose whose attempts are recorded. */
export function TraineesScreen() {
  const trainees = useTrainer((state) => state.trainees);
  const loadTrainees = useTrainer((state) => state.loadTrainees);
  const selectTrainee = useTrainer((state) => state.selectTrainee);
  const saveProfile = useTrainer((state) => state.saveProfile);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useDocumentTitle('Trainees');

  useEffect(() => {
    void loadTrainees();
  }, [loadTrainees]);

  async function save(profile: ProfileInput & { id?: string }) {
    setNotice('');
    const saved = await saveProfile(profile);
    if (!saved.ok) return saved.error;
    setNotice(profile.id === undefined ? `Profile for ${saved.value.name} added.` : `Profile for ${saved.value.name} saved.`);
    setEditing(null);
    return null;
  }

  const editedProfile = trainees.profiles.find((profile) => profile.id === editing);

  return (
    <div className="trainees">
      <h1>Trainees</h1>
      <p className="lead">
        Profiles on this machine. Attempts are recorded for the profile in use:{' '}
        <strong>{traineeName(trainees.profiles, trainees.currentId)}</strong>. On a shared machine, switch with the Trainee menu at
        the top or with “Use this profile” below.
      </p>
      <p role="status" className="trainees__notice">
        {notice}
      </p>
      {trainees.status === 'failed' ? (
        <div className="banner banner--error" role="alert">
          <p>{trainees.error}</p>
          <button type="button" className="button" onClick={() => void loadTrainees()}>
            Try again
          </button>
        </div>
      ) : null}
      <ul className="trainee-list" aria-label="Profiles">
        <li>
          <ProfileCard
            name={GUEST_NAME}
            details="Attempts recorded without a name."
            inUse={trainees.currentId === null}
            onUse={() => void selectTrainee(null)}
          />
        </li>
        {trainees.profiles.map((profile) => (
          <li key={profile.id}>
            <ProfileCard
              name={profile.name}
              details={profileDetails(profile)}
              inUse={trainees.currentId === profile.id}
              onUse={() => void selectTrainee(profile.id)}
              onEdit={() => setEditing(profile.id)}
            />
          </li>
        ))}
      </ul>
      {editedProfile ? (
        <ProfileForm
          key={editedProfile.id}
          heading={`Edit the profile of ${editedProfile.name}`}
          submitLabel="Save changes"
          initial={editedProfile}
          onSave={(profile) => save({ ...profile, id: editedProfile.id })}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <ProfileForm heading="Add a profile" submitLabel="Add profile" onSave={(profile) => save(profile)} />
      )}
      <p>
        <Link to="/history">See the history of the profile in use</Link>
      </p>
    </div>
  );
}

function profileDetails(profile: Trainee): string {
  const bar = [profile.barNumber, profile.barState].filter(Boolean).join(', ');
  return [profile.email, bar ? `Bar: ${bar}` : ''].filter(Boolean).join(' · ') || 'No e-mail or bar number.';
}

interface ProfileCardProps {
  name: string;
  details: string;
  inUse: boolean;
  onUse(): void;
  onEdit?: () => void;
}

function ProfileCard({ name, details, inUse, onUse, onEdit }: ProfileCardProps) {
  const nameId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  function use() {
    onUse();
    // The button goes away once the profile is in use: keep the keyboard on this card.
    heading.current?.focus();
  }

  return (
    <article className={inUse ? 'trainee-card trainee-card--in-use' : 'trainee-card'} aria-labelledby={nameId}>
      <h2 id={nameId} ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <p>{details}</p>
      <div className="trainee-card__actions">
        {inUse ? (
          <p className="trainee-card__in-use">In use</p>
        ) : (
          <button type="button" className="button button--primary" aria-describedby={nameId} onClick={use}>
            Use this profile
          </button>
        )}
        {onEdit ? (
          <button type="button" className="button" aria-describedby={nameId} onClick={onEdit}>
            Edit
          </button>
        ) : null}
      </div>
    </article>
  );
}
