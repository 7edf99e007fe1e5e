import { useId, useState } from 'react';
import { formatDate, weekday } from '../../shared/model/clock';
import type { TrainerEvent } from '../../shared/model/events';
import type { World } from '../../shared/model/world';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WAITS = [1, 2, 5, 7, 10] as const;

/**
 * The simulated date, and a way to let business days pass: some steps take
 * the real offices days (a mailed activation code, a court processing a
 * request, a status updated overnight), and the trainee waits for them here.
 */
export function TimeControl({ world, dispatch }: { world: World; dispatch: (event: TrainerEvent) => void }) {
  const ids = useId();
  const [days, setDays] = useState<number>(1);
  return (
    <form
      className="time-control"
      aria-label="Simulated time"
      onSubmit={(event) => {
        event.preventDefault();
        dispatch({ type: 'trainee/waited', businessDays: days });
      }}
    >
      <p className="time-control__date">
        Simulated date: <strong>{`${WEEKDAYS[weekday(world.clock)]} ${formatDate(world.clock)}`}</strong>
      </p>
      <label htmlFor={`${ids}-days`}>Let time pass</label>
      <select id={`${ids}-days`} value={days} onChange={(event) => setDays(Number(event.target.value))}>
        {WAITS.map((count) => (
          <option key={count} value={count}>
            {count} business day{count === 1 ? '' : 's'}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        Wait
      </button>
    </form>
  );
}
