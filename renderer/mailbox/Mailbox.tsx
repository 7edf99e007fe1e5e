import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { TrainerEvent } from '../../shared/model/events';
import type { World } from '../../shared/model/world';
import { MailList } from './MailList';
import { MailMessage } from './MailMessage';

/**
 * The trainee's own mailbox: e-mails and postal letters the simulated
 * systems sent. The button sits in the play screen's bar, one click away
 * from any page; the panel opens beside the browser (never over the
 * training marker). Opening a message is an event: objectives can ask
 * that a notice be read.
 */

export interface MailboxToggle {
  open: boolean;
  panelId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  toggle(): void;
  close(): void;
}

export function useMailboxToggle(): MailboxToggle {
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

export function MailboxButton({ world, toggle }: { world: World; toggle: MailboxToggle }) {
  const unread = world.mailbox.filter((mail) => !mail.read).length;
  return (
    <button
      ref={toggle.buttonRef}
      type="button"
      className="button mailbox-button"
      aria-expanded={toggle.open}
      aria-controls={toggle.open ? toggle.panelId : undefined}
      onClick={toggle.toggle}
    >
      Mailbox{unread > 0 ? ` (${unread} unread)` : ''}
    </button>
  );
}

export interface MailboxPanelProps {
  world: World;
  dispatch: (event: TrainerEvent) => void;
  toggle: MailboxToggle;
}

export function MailboxPanel({ world, dispatch, toggle }: MailboxPanelProps) {
  const [openedId, setOpenedId] = useState<string | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opened = world.mailbox.find((mail) => mail.id === openedId) ?? null;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function openMail(mailId: string) {
    setOpenedId(mailId);
    dispatch({ type: 'mail/opened', mailId });
  }

  return (
    <section
      id={toggle.panelId}
      className="mailbox"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') toggle.close();
      }}
    >
      <div className="mailbox__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Mailbox
        </h2>
        <button type="button" className="button" onClick={toggle.close}>
          Close mailbox
        </button>
        <p className="mailbox__owner">{world.traineeEmail}</p>
      </div>
      {opened ? (
        <MailMessage
          mail={opened}
          onBack={() => setOpenedId(null)}
          onFollowLink={(address) => {
            // Following a link opens the page in the simulated browser, as a mail client hands a link to the browser.
            dispatch({ type: 'browser/navigated', address, via: 'link' });
            toggle.close();
          }}
        />
      ) : (
        <MailList mailbox={world.mailbox} onOpen={openMail} />
      )}
    </section>
  );
}

/** Button and panel together, for a screen that has no separate place for the panel. */
export function Mailbox({ world, dispatch }: { world: World; dispatch: (event: TrainerEvent) => void }) {
  const toggle = useMailboxToggle();
  return (
    <>
      <MailboxButton world={world} toggle={toggle} />
      {toggle.open ? <MailboxPanel world={world} dispatch={dispatch} toggle={toggle} /> : null}
    </>
  );
}
