import { useEffect, useId, useRef } from 'react';
import { firstUnmetObjective, lastHintedObjective } from '../state/attempt-selectors';
import { useTrainer } from '../state/TrainerProvider';

/** Practice mode only: the objectives checklist, hints (which cost points) and the live score. */
export function PracticeCoach() {
  const play = useTrainer((state) => state.play);
  const requestHint = useTrainer((state) => state.requestHint);
  const objectivesId = useId();
  const hintRef = useRef<HTMLDivElement>(null);
  const hinted = lastHintedObjective(play);

  useEffect(() => {
    // A new hint is shown where the trainee looks: bring it into view.
    if (hinted) hintRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [hinted]);

  const { scenario, report } = play;
  if (!scenario || !report) return null;
  const next = firstUnmetObjective(play);
  const alreadyShown = next !== null && hinted?.id === next.id;
  const cost = scenario.rubric.hintCost;

  return (
    <section className="coach" aria-label="Practice help">
      <p className="coach__score" role="status">
        Score: {report.score} / 100
      </p>
      <h3 id={objectivesId}>Objectives</h3>
      <ul className="objectives" aria-labelledby={objectivesId}>
        {report.objectives.map((objective) => (
          <li key={objective.id} className={objective.met ? 'objective objective--met' : 'objective'}>
            <span className="objective__state">{objective.met ? 'Met' : 'Not yet'}</span>
            <span className="objective__label">{objective.label}</span>
          </li>
        ))}
      </ul>
      <div className="coach__hint">
        <button type="button" className="button" onClick={requestHint} disabled={next === null || alreadyShown}>
          Hint
        </button>
        <p className="coach__hint-cost">
          {next === null
            ? 'All objectives are met.'
            : `Each hint costs ${cost} ${cost === 1 ? 'point' : 'points'}.${alreadyShown ? ' The hint for your next step is shown below.' : ''}`}
        </p>
        {hinted ? (
          <div ref={hintRef} className="hint" role="note" aria-label="Hint">
            <p className="hint__for">Hint for: {hinted.label}</p>
            <p>{hinted.hint}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
