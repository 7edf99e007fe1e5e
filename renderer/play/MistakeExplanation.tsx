import { latestMistake } from '../state/attempt-selectors';
import { useTrainer } from '../state/TrainerProvider';

/**
 * Practice mode: when the trainee's last action was a mistake, say which
 * rule it breaks and where the rule comes from, without giving the answer.
 * The live region stays in place so a screen reader hears each new mistake.
 */
export function MistakeExplanation() {
  const events = useTrainer((state) => state.play.events);
  const outcomes = useTrainer((state) => state.play.outcomes);
  const mistake = latestMistake({ events, outcomes });
  return (
    <div className="mistake-region" role="status" aria-live="polite">
      {mistake ? (
        <section className="mistake" aria-label="Feedback on your last step">
          <h2>Not quite: {mistake.title}</h2>
          <p>
            <strong>The rule:</strong> {mistake.rule}
          </p>
          <p className="mistake__source">Source: {mistake.source}</p>
        </section>
      ) : null}
    </div>
  );
}
