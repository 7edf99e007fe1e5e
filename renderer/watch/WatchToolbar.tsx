import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProjectorSelect } from '../settings/ProjectorSelect';
import { openPresenterNotes } from './presenter-window';
import { AUTOPLAY_DELAYS, type AutoplayDelay, type WatchPlayer } from './use-watch-player';

/** Back, Next, autoplay and its delay, the projector size, and the presenter-notes window. */
export function WatchToolbar({ scenarioId, player }: { scenarioId: string; player: WatchPlayer }) {
  const delayId = useId();
  const [blocked, setBlocked] = useState(false);
  const atEnd = player.position >= player.total;
  return (
    <div className="watch-toolbar" role="group" aria-label="Walkthrough controls">
      <div className="watch-toolbar__group">
        <button type="button" className="button" onClick={player.back} disabled={player.position === 0}>
          ← Back
        </button>
        <button type="button" className="button button--primary" onClick={player.next} disabled={atEnd}>
          Next →
        </button>
      </div>
      <div className="watch-toolbar__group">
        <button type="button" className="button" aria-pressed={player.autoplay} onClick={() => player.setAutoplay(!player.autoplay)} disabled={atEnd}>
          Autoplay
        </button>
        <label htmlFor={delayId}>Delay</label>
        <select
          id={delayId}
          value={player.delay}
          onChange={(event) => {
            const chosen = AUTOPLAY_DELAYS.find((delay) => String(delay) === event.target.value);
            if (chosen) player.setDelay(chosen satisfies AutoplayDelay);
          }}
        >
          {AUTOPLAY_DELAYS.map((delay) => (
            <option key={delay} value={delay}>
              {delay} seconds
            </option>
          ))}
        </select>
      </div>
      <div className="watch-toolbar__group">
        <ProjectorSelect label="Projector" />
      </div>
      <div className="watch-toolbar__group">
        <button type="button" className="button" onClick={() => setBlocked(!openPresenterNotes(scenarioId))}>
          Presenter notes
        </button>
        <Link to="/settings">Settings</Link>
      </div>
      {blocked ? (
        <p className="field-error" role="alert">
          The presenter notes could not open in a new tab: allow pop-ups for this address, then press Presenter notes again.
        </p>
      ) : null}
    </div>
  );
}
