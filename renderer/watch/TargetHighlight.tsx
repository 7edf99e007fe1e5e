import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { findByRoleAndName } from './accessible-name';

export interface HighlightTarget {
  role: string;
  name: string;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Padding around the control, so the outline does not cover its edges. */
const MARGIN = 6;

/**
 * CSS zoom on <html> (the projector setting) scales what getBoundingClientRect
 * reports, and scales our own `left`/`top` again: measure in unzoomed pixels.
 */
function rootZoom(): number {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

function measure(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  const zoom = rootZoom();
  return {
    top: rect.top / zoom - MARGIN,
    left: rect.left / zoom - MARGIN,
    width: rect.width / zoom + 2 * MARGIN,
    height: rect.height / zoom + 2 * MARGIN,
  };
}

/**
 * A thick, high-contrast outline drawn over the control a step acts on,
 * following it when the window is resized or the page scrolls. It is a
 * picture only (aria-hidden): the caption's live region says what is
 * highlighted. `onFound` reports whether the control is on screen.
 */
export function TargetHighlight({
  stage,
  target,
  revision,
  onFound,
}: {
  stage: RefObject<HTMLElement | null>;
  target: HighlightTarget | null;
  /** Changes whenever the stage shows something else (the step position). */
  revision: number;
  onFound(found: boolean): void;
}) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [box, setBox] = useState<Box | null>(null);

  useLayoutEffect(() => {
    const found = target && stage.current ? findByRoleAndName(stage.current, target.role, target.name) : null;
    setElement(found);
    onFound(found !== null);
    if (found) {
      found.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      setBox(measure(found));
    } else {
      setBox(null);
    }
  }, [stage, target, revision, onFound]);

  const remeasure = useCallback(() => {
    if (element?.isConnected) setBox(measure(element));
  }, [element]);

  useEffect(() => {
    if (!element) return;
    window.addEventListener('resize', remeasure);
    // Capture: scrolling any inner pane (the simulated page) moves the control too.
    window.addEventListener('scroll', remeasure, true);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(remeasure);
    if (stage.current) observer?.observe(stage.current);
    observer?.observe(element);
    return () => {
      window.removeEventListener('resize', remeasure);
      window.removeEventListener('scroll', remeasure, true);
      observer?.disconnect();
    };
  }, [element, remeasure, stage]);

  if (!box || !target) return null;
  return (
    <div className="watch-highlight" aria-hidden="true" style={{ top: box.top, left: box.left, width: box.width, height: box.height }}>
      <span className="watch-highlight__label">{`${target.role} ${target.name}`}</span>
    </div>
  );
}
