import { Link } from 'react-router';
import { stepLabel, type WatchPosition } from './watch-steps';

/**
 * The caption bar: "Step 3 of 11", the step's caption, and what is
 * highlighted, in a polite live region so a screen reader reads each step as
 * it comes. At the end, where to go next.
 */
export function WatchCaption({
  scenarioId,
  at,
  highlightFound,
}: {
  scenarioId: string;
  at: WatchPosition;
  highlightFound: boolean;
}) {
  const target = at.step?.target ?? null;
  const play = (mode: 'practice' | 'assess') => `/play/${encodeURIComponent(scenarioId)}?mode=${mode}`;
  return (
    <div className="watch-caption">
      <div role="status" aria-live="polite" aria-atomic="true" aria-label="Walkthrough step" className="watch-caption__live">
        <p className="watch-caption__count">{stepLabel(at)}</p>
        {at.step ? <p className="watch-caption__text">{at.step.caption}</p> : null}
        {target ? (
          <p className="watch-caption__target">
            {highlightFound ? `Highlighted: ${target.role} ${target.name}` : `Look for: ${target.role} ${target.name}`}
          </p>
        ) : null}
        {at.complete ? (
          <p className="watch-caption__text">You have seen every step. Now try it yourself: practise with hints, or take the assessment.</p>
        ) : null}
      </div>
      {at.complete ? (
        <p className="button-row watch-caption__next">
          <Link className="button button--primary" to={play('practice')}>
            Practice
          </Link>
          <Link className="button" to={play('assess')}>
            Assess
          </Link>
        </p>
      ) : null}
    </div>
  );
}
