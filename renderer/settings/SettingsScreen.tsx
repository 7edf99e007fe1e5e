import { useEffect, useId, useState, type FormEvent } from 'react';
import { useDocumentTitle } from '../app/use-document-title';
import { useTrainer } from '../state/TrainerProvider';
import { ProjectorSelect } from './ProjectorSelect';
import { ORGANISATION_MAX } from './settings-slice';
import './settings.css';

/** `#/settings`: the projector size for the whole app, and the organisation named on CLE certificates. */
export function SettingsScreen() {
  useDocumentTitle('Settings');
  const status = useTrainer((state) => state.settings.status);
  const loadError = useTrainer((state) => state.settings.error);
  const loadSettings = useTrainer((state) => state.loadSettings);

  useEffect(() => {
    if (status === 'idle') void loadSettings();
  }, [status, loadSettings]);

  return (
    <div className="settings">
      <h1>Settings</h1>
      {status === 'failed' ? (
        <div className="banner banner--error" role="alert">
          <p>{loadError}</p>
          <button type="button" className="button" onClick={() => void loadSettings()}>
            Try again
          </button>
        </div>
      ) : null}
      <section className="panel settings__part" aria-labelledby="settings-projector">
        <h2 id="settings-projector">Projector</h2>
        <p>Enlarges the whole trainer and raises its contrast, for a projector or a large screen in a classroom. It applies at once.</p>
        <ProjectorSelect />
      </section>
      {status === 'loading' || status === 'idle' ? (
        <p role="status">Loading settings…</p>
      ) : (
        <OrganisationForm />
      )}
    </div>
  );
}

function OrganisationForm() {
  const fieldId = useId();
  const hintId = useId();
  const saved = useTrainer((state) => state.settings.organisation);
  const saveOrganisation = useTrainer((state) => state.saveOrganisation);
  const [draft, setDraft] = useState(saved);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const tooLong = draft.trim().length > ORGANISATION_MAX;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFeedback(null);
    const problem = await saveOrganisation(draft);
    setSaving(false);
    setFeedback(problem ? { ok: false, text: problem } : { ok: true, text: draft.trim() ? 'Saved. New certificates will name this organisation.' : 'Saved. Certificates will name no organisation.' });
  }

  return (
    <section className="panel settings__part" aria-labelledby="settings-organisation">
      <h2 id="settings-organisation">CLE certificates</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <label htmlFor={fieldId}>Organisation (certificate provider)</label>
        <p id={hintId} className="field-hint">
          The court or organisation that provides the training, as it should appear on CLE certificates. At most {ORGANISATION_MAX}{' '}
          characters ({draft.trim().length} now).
        </p>
        <input
          id={fieldId}
          type="text"
          value={draft}
          aria-describedby={hintId}
          aria-invalid={tooLong}
          autoComplete="organization"
          onChange={(event) => {
            setDraft(event.target.value);
            setFeedback(null);
          }}
        />
        <p className="button-row">
          <button type="submit" className="button button--primary" disabled={saving}>
            Save
          </button>
        </p>
      </form>
      <p role="status" className="settings__saved">
        {feedback?.ok ? feedback.text : ''}
      </p>
      {feedback && !feedback.ok ? (
        <p className="field-error" role="alert">
          {feedback.text}
        </p>
      ) : null}
    </section>
  );
}
