import { useCallback, useEffect, useState } from 'react';

/** Seconds between steps when the walkthrough plays itself. */
export const AUTOPLAY_DELAYS = [3, 5, 8, 12] as const;
export type AutoplayDelay = (typeof AUTOPLAY_DELAYS)[number];

export interface WatchPlayer {
  position: number;
  total: number;
  autoplay: boolean;
  delay: AutoplayDelay;
  next(): void;
  back(): void;
  first(): void;
  last(): void;
  setAutoplay(on: boolean): void;
  setDelay(delay: AutoplayDelay): void;
}

/**
 * Where the viewer is in a walkthrough of `total` steps (0..total, total
 * meaning "complete"), and the autoplay timer that presses Next for them.
 * Going Back pauses autoplay: the presenter wants to stay on that step.
 */
export function useWatchPlayer(total: number): WatchPlayer {
  const [position, setPosition] = useState(0);
  const [autoplay, setAutoplayState] = useState(false);
  const [delay, setDelay] = useState<AutoplayDelay>(5);

  const next = useCallback(() => setPosition((at) => Math.min(at + 1, total)), [total]);
  const back = useCallback(() => {
    setAutoplayState(false);
    setPosition((at) => Math.max(at - 1, 0));
  }, []);
  const first = useCallback(() => setPosition(0), []);
  const last = useCallback(() => setPosition(total), [total]);
  const setAutoplay = useCallback((on: boolean) => setAutoplayState(on), []);

  const playing = autoplay && position < total;
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(next, delay * 1000);
    return () => clearTimeout(timer);
  }, [playing, position, delay, next]);

  useEffect(() => {
    // Autoplay ends with the walkthrough, so the toggle shows it stopped.
    if (autoplay && position >= total) setAutoplayState(false);
  }, [autoplay, position, total]);

  return { position, total, autoplay, delay, next, back, first, last, setAutoplay, setDelay };
}
