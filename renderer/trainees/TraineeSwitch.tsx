import { useEffect, useId } from 'react';
import { GUEST_NAME } from '../state/trainee-slice';
import { useTrainer } from '../state/TrainerProvider';

/**
 * The quick switch for shared lab machines: whose attempts are resumed and
 * recorded from now on. Guest records attempts with no name. The choice is
 * announced, and remembered for the next start.
 */
export function TraineeSwitch() {
  const selectId = useId();
  const trainees = useTrainer((state) => state.trainees);
  const loadTrainees = useTrainer((state) => state.loadTrainees);
  const selectTrainee = useTrainer((state) => state.selectTrainee);

  useEffect(() => {
    void loadTrainees();
  }, [loadTrainees]);

  return (
    <div className="trainee-switch">
      <label htmlFor={selectId}>Trainee</label>
      <select
        id={selectId}
        value={trainees.currentId ?? ''}
        disabled={trainees.status !== 'ready'}
        onChange={(event) => void selectTrainee(event.target.value || null)}
      >
        <option value="">{GUEST_NAME}</option>
        {trainees.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <p className="visually-hidden" role="status">
        {trainees.announcement}
      </p>
      {trainees.error ? (
        <p className="trainee-switch__error" role="alert">
          {trainees.error}{' '}
          {trainees.status === 'failed' ? (
            <button type="button" className="button button--quiet" onClick={() => void loadTrainees()}>
              Try again
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
