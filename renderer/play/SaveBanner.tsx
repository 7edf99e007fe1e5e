import { useTrainer } from '../state/TrainerProvider';

/** Saving happens in the background; when it fails the trainee is told, and can keep going or retry. */
export function SaveBanner() {
  const saveError = useTrainer((state) => state.play.saveError);
  const finishError = useTrainer((state) => state.play.finishError);
  const retrySave = useTrainer((state) => state.retrySave);
  const dismissSaveError = useTrainer((state) => state.dismissSaveError);
  if (!saveError && !finishError) return null;
  return (
    <div className="banner banner--error" role="alert">
      {saveError ? <p>{saveError}</p> : null}
      {finishError ? <p>{finishError}</p> : null}
      {saveError ? (
        <div className="banner__actions">
          <button type="button" className="button" onClick={() => void retrySave()}>
            Try saving again
          </button>
          <button type="button" className="button button--quiet" onClick={dismissSaveError}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
