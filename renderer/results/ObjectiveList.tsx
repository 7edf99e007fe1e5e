import type { AttemptReport } from '../../shared/api/contract';

export function ObjectiveList({ objectives }: { objectives: AttemptReport['objectives'] }) {
  return (
    <section className="results__section" aria-labelledby="results-objectives">
      <h2 id="results-objectives">Objectives</h2>
      <ul className="objectives objectives--results">
        {objectives.map((objective) => (
          <li key={objective.id} className={objective.met ? 'objective objective--met' : 'objective objective--missed'}>
            <span className="objective__state">{objective.met ? 'Met' : 'Missed'}</span>
            <span className="objective__label">{objective.label}</span>
            <span className="objective__points">
              {objective.met ? objective.points : 0} of {objective.points} points
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
