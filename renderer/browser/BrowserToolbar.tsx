import { useEffect, useState, type FormEvent } from 'react';
import type { TrainerEvent } from '../../shared/model/events';

export interface BrowserToolbarProps {
  address: string | null;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Changes on every move in the history: the address field then shows where the browser is. */
  visit: string;
  dispatch: (event: TrainerEvent) => void;
}

const MAX_ADDRESS = 2048;

/** Back, Forward, Reload and the address bar: typing an address and pressing Enter (or Go) opens it. */
export function BrowserToolbar({ address, canGoBack, canGoForward, visit, dispatch }: BrowserToolbarProps) {
  const [draft, setDraft] = useState(address ?? '');

  useEffect(() => {
    setDraft(address ?? '');
  }, [address, visit]);

  function go(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = draft.trim();
    if (typed === '') return;
    dispatch({ type: 'browser/navigated', address: typed, via: 'address-bar' });
  }

  return (
    <div className="browser__toolbar">
      <div className="browser__nav" role="group" aria-label="Navigation">
        <button type="button" className="browser__button" disabled={!canGoBack} onClick={() => dispatch({ type: 'browser/went-back' })}>
          <span aria-hidden="true">←</span>
          <span className="browser__button-text">Back</span>
        </button>
        <button
          type="button"
          className="browser__button"
          disabled={!canGoForward}
          onClick={() => dispatch({ type: 'browser/went-forward' })}
        >
          <span aria-hidden="true">→</span>
          <span className="browser__button-text">Forward</span>
        </button>
        <button
          type="button"
          className="browser__button"
          disabled={address === null}
          onClick={() => dispatch({ type: 'browser/reloaded' })}
        >
          <span aria-hidden="true">⟳</span>
          <span className="browser__button-text">Reload</span>
        </button>
      </div>
      <form className="browser__address" aria-label="Address bar" onSubmit={go}>
        <label htmlFor="browser-address" className="browser__address-label">
          Address
        </label>
        <input
          id="browser-address"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={MAX_ADDRESS}
          placeholder="Type an address"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onFocus={(event) => event.target.select()}
        />
        <button type="submit" className="browser__button">
          Go
        </button>
      </form>
    </div>
  );
}
