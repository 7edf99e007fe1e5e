import { useState } from 'react';
import type { TrainerEvent } from '../../shared/model/events';
import type { World } from '../../shared/model/world';
import { SidePanel, useSidePanelToggle, type SidePanelToggle } from '../play/SidePanel';
import { MailList } from './MailList';
import { MailMessage } from './MailMessage';

/**
 * The trainee's own mailbox: e-mails and postal letters the simulated
 * systems sent. The button sits in the play screen's bar, one click away
 * from any page; the panel opens beside the browser (never over the
 * training marker). Opening a message is an event: objectives can ask
 * that a notice be read.
 */

export type MailboxToggle = SidePanelToggle;
export const useMailboxToggle = useSidePanelToggle;

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
  const opened = world.mailbox.find((mail) => mail.id === openedId) ?? null;

  function openMail(mailId: string) {
    setOpenedId(mailId);
    dispatch({ type: 'mail/opened', mailId });
  }

  return (
    <SidePanel toggle={toggle} className="mailbox" title="Mailbox" closeLabel="Close mailbox" headerNote={<p className="mailbox__owner">{world.traineeEmail}</p>}>
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
    </SidePanel>
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
