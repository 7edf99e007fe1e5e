import { useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CmecfEventChoice } from '../../../../shared/model/cmecf/reinstatement/events-catalog';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { World } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { useWatchFill, type WatchFillDetail } from '../../common/watch-fill';
import './filing-screens.css';

/**
 * The CM/ECF event picker (seed 002, "Attorney Reinstatement", steps 7-8).
 * Choosing an event in the Available Events box puts it in the Selected
 * Event box; choosing it there (click, arrow key, Delete or Enter) takes it
 * out again. Both boxes are native list boxes, so the keyboard works as in
 * any browser; only the Selected Event is posted, as `event`.
 */
export function EventPicker({
  world,
  dispatch,
  form,
  title,
  events,
  children,
}: {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  form: string;
  title: string;
  events: readonly CmecfEventChoice[];
  /** What the screen says above the boxes, if anything. */
  children?: ReactNode;
}) {
  const ids = useId();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = events.find((event) => event.id === selected) ?? null;
  const shown = events.filter((event) => event.label.toLowerCase().includes(filter.trim().toLowerCase()));
  const root = useRef<HTMLDivElement>(null);
  const showWatchedChoice = useCallback(
    (fields: WatchFillDetail) => {
      if (events.some((event) => event.id === fields.event)) setSelected(fields.event ?? null);
    },
    [events],
  );
  useWatchFill(root, showWatchedChoice);

  const removeOnKey = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Delete' || event.key === 'Backspace' || event.key === 'Enter') {
      event.preventDefault();
      setSelected(null);
    }
  };

  return (
    <div className="ecf-filing-screen" ref={root}>
      <h1>{title}</h1>
      {children}
      <SimForm form={form} salt={world.salt} dispatch={dispatch} className="ecf-filing-form">
        <div className="ecf-filing-find">
          <label htmlFor={`${ids}-find`}>Start typing to find an event</label>
          <input
            id={`${ids}-find`}
            type="search"
            autoComplete="off"
            maxLength={100}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <div className="ecf-filing-picker">
          <div className="ecf-filing-picker-box">
            <label htmlFor={`${ids}-available`}>Available Events</label>
            <span id={`${ids}-available-hint`} className="ecf-filing-picker-hint">
              (click to select an event)
            </span>
            <select
              id={`${ids}-available`}
              size={6}
              aria-describedby={`${ids}-available-hint`}
              value={selected !== null && shown.some((event) => event.id === selected) ? selected : ''}
              onChange={(event) => setSelected(event.target.value || null)}
            >
              {shown.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.label}
                </option>
              ))}
            </select>
          </div>
          <div className="ecf-filing-picker-box">
            <label htmlFor={`${ids}-selected`}>Selected Event</label>
            <span id={`${ids}-selected-hint`} className="ecf-filing-picker-hint">
              (click to remove the event)
            </span>
            <select
              id={`${ids}-selected`}
              size={3}
              aria-describedby={`${ids}-selected-hint`}
              value=""
              onChange={() => setSelected(null)}
              // The only option may already count as chosen, so a click on it fires no change: it removes the event too.
              onClick={(event) => {
                if ((event.target as HTMLElement).tagName === 'OPTION') setSelected(null);
              }}
              onKeyDown={removeOnKey}
            >
              {chosen ? <option value={chosen.id}>{chosen.label}</option> : null}
            </select>
          </div>
        </div>
        <input type="hidden" name="event" value={chosen?.id ?? ''} />
        <div className="site-cmecf-buttons">
          <button type="submit" name="button" value="next">
            Next
          </button>
          <button
            type="button"
            onClick={() => {
              setSelected(null);
              setFilter('');
            }}
          >
            Clear
          </button>
        </div>
      </SimForm>
    </div>
  );
}
