import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * The panels that open beside the simulated browser from the play screen's
 * bar (the Mailbox, the Phone): a non-modal dialog that takes focus when it
 * opens, closes with Escape or its Close button, and gives focus back to the
 * button that opened it.
 */
export interface SidePanelToggle {
  open: boolean;
  panelId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  close(): void;
}

export function useSidePanelToggle(): SidePanelToggle {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => (open ? close() : setOpen(true)), [open, close]);
  return { open, panelId, buttonRef, toggle, close };
}

interface SidePanelProps {
  toggle: SidePanelToggle;
  /** Block class of the panel; its header is `<className>__header`. */
  className: string;
  title: string;
  closeLabel: string;
  /** Shown in the header after the Close button (the mailbox's address). */
  headerNote?: ReactNode;
  children: ReactNode;
}

export function SidePanel({ toggle, className, title, closeLabel, headerNote, children }: SidePanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      id={toggle.panelId}
      className={className}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') toggle.close();
      }}
    >
      <div className={`${className}__header`}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button" onClick={toggle.close}>
          {closeLabel}
        </button>
        {headerNote}
      </div>
      {children}
    </section>
  );
}
