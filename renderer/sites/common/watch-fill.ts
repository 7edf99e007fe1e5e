import { useLayoutEffect, type RefObject } from 'react';

/**
 * In Watch, a step's form is shown filled in before its button is
 * highlighted (renderer/watch/fill-step-form.ts). Plain fields are written
 * straight into the page; a screen that keeps a choice in its own state (an
 * event moved into Selected Event, a file read from disk) hears the step's
 * fields through this DOM event, sent to every form on the page.
 */
export const WATCH_FILL_EVENT = 'sim-watch-fill';

export type WatchFillDetail = Readonly<Record<string, string>>;

/** Calls `onFill` with the step's fields when Watch fills in a form inside `ref`. */
export function useWatchFill(ref: RefObject<HTMLElement | null>, onFill: (fields: WatchFillDetail) => void): void {
  // A layout effect, so the listener is there before Watch's own layout effect fills the page.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const listener = (event: Event) => onFill((event as CustomEvent<WatchFillDetail>).detail);
    element.addEventListener(WATCH_FILL_EVENT, listener);
    return () => element.removeEventListener(WATCH_FILL_EVENT, listener);
  }, [ref, onFill]);
}
