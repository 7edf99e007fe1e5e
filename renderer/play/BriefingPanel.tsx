import { useId, type ReactNode } from 'react';
import type { ResolvedScenario } from '../../shared/scenario/schema';

/**
 * What the trainee is told before starting: who they are, what happened,
 * what to do, and what they have. In practice mode the coach (objectives,
 * hints, score) follows, below the credentials the trainee types from.
 */
export function BriefingPanel({ scenario, coach }: { scenario: ResolvedScenario; coach?: ReactNode }) {
  const headingId = useId();
  const { briefing } = scenario;
  return (
    <aside className="briefing" aria-labelledby={headingId}>
      <h2 id={headingId}>Briefing</h2>
      <section className="briefing__part">
        <h3>Your role</h3>
        <p>{briefing.role}</p>
      </section>
      {briefing.situation ? (
        <section className="briefing__part">
          <h3>Situation</h3>
          <p>{briefing.situation}</p>
        </section>
      ) : null}
      <section className="briefing__part">
        <h3>Your task</h3>
        <p>{briefing.task}</p>
      </section>
      {briefing.given.length > 0 ? (
        <section className="briefing__part">
          <h3>What you are given</h3>
          <dl className="given">
            {briefing.given.map((item) => (
              <div className="given__row" key={`${item.label}\u0000${item.value}`}>
                <dt>{item.label}</dt>
                <dd className="given__value">{item.value}</dd>
                {item.note ? <dd className="given__note">{item.note}</dd> : null}
              </div>
            ))}
          </dl>
          <p className="briefing__fictional">These accounts are fictional. Type them exactly as shown.</p>
        </section>
      ) : null}
      {coach}
    </aside>
  );
}
