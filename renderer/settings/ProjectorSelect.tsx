import { useId, useState } from 'react';
import { useTrainer } from '../state/TrainerProvider';
import { PROJECTOR_LABELS } from './projector';
import { isProjectorSize, PROJECTOR_SIZES } from './settings-slice';

/** The projector size, as a labelled select: it applies at once and is saved for the next start. */
export function ProjectorSelect({ label = 'Projector size' }: { label?: string }) {
  const id = useId();
  const projector = useTrainer((state) => state.settings.projector);
  const setProjector = useTrainer((state) => state.setProjector);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="projector-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={projector}
        onChange={(event) => {
          const size = event.target.value;
          if (isProjectorSize(size)) void setProjector(size).then(setError);
        }}
      >
        {PROJECTOR_SIZES.map((size) => (
          <option key={size} value={size}>
            {PROJECTOR_LABELS[size]}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
