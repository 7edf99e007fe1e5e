import { useId, type ReactNode } from 'react';

interface UnavailableProps {
  children: ReactNode;
  /** Why it does nothing, shown on hover and focus and read as the description. */
  hint?: string;
  className?: string;
}

/**
 * A link the real site shows but this scenario does not cover: drawn where
 * the real one is, focusable, marked aria-disabled, with a small hint.
 */
export function Unavailable({ children, hint = 'not in this scenario', className }: UnavailableProps) {
  const hintId = useId();
  return (
    <span className={className ? `site-unavailable ${className}` : 'site-unavailable'}>
      <span role="link" aria-disabled="true" tabIndex={0} aria-describedby={hintId} className="site-unavailable-label">
        {children}
      </span>
      <span id={hintId} className="site-unavailable-hint">
        ({hint})
      </span>
    </span>
  );
}
