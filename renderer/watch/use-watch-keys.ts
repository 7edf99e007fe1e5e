import { useEffect, type RefObject } from 'react';

export interface WatchKeyActions {
  next(): void;
  back(): void;
  first(): void;
  last(): void;
  /** Any key pauses autoplay. */
  pause(): void;
}

type Command = keyof Omit<WatchKeyActions, 'pause'>;

const COMMANDS: Record<string, Command> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  Home: 'first',
  End: 'last',
};

/** Keys a focused control outside the stage needs for itself (a select's arrows, a button's Space). */
function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox' && target.type !== 'radio' ? true : key === ' ';
  if (target instanceof HTMLSelectElement) return key !== 'PageDown' && key !== 'PageUp';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return key === ' ' || key === 'Enter';
  return false;
}

/**
 * Watch mode's keyboard, for a presenter and a presenter's clicker (which
 * sends PageDown/PageUp): → Space PageDown next, ← PageUp back, Home start,
 * End last step. Listens on the window in the capture phase so the
 * read-only simulated pages never see these keys; keys inside `stage` are
 * always the presenter's, since nothing on the stage can be typed into.
 */
export function useWatchKeys(actions: WatchKeyActions, stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const inStage = event.target instanceof Node && stage.current?.contains(event.target) === true;
      // A focused toolbar control's own key (Space on the autoplay toggle) does what the control says.
      if (!inStage && keyBelongsToControl(event.target, event.key)) return;
      actions.pause();
      const command = COMMANDS[event.key];
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      actions[command]();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [actions, stage]);
}
