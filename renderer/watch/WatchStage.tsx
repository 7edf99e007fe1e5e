import { forwardRef, useLayoutEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { World } from '../../shared/model/world';
import type { Scenario, ScriptedAction } from '../../shared/scenario/schema';
import { SimulatedBrowser } from '../browser/SimulatedBrowser';
import { MailMessage } from '../mailbox/MailMessage';
import { TimeControl } from '../play/TimeControl';
import { fillStepForm } from './fill-step-form';
import { PHONE_CODE, withPhoneCode } from '../../shared/model/phone/script';
import { AuthenticatorCodes } from '../phone/Phone';

/** The player drives: a viewer's clicks and typing on the stage change nothing. */
const ignoreEvent = () => {};

function block(event: SyntheticEvent) {
  event.preventDefault();
  event.stopPropagation();
}

function blockKeys(event: KeyboardEvent) {
  // Tab still moves focus, so a keyboard or screen-reader user can explore the page.
  if (event.key !== 'Tab') block(event);
}

/**
 * The real screens of the walkthrough, read-only: the simulated browser at
 * the world of this step, the simulated date with Let time pass, the Mailbox
 * button, and the message a step opened.
 */
interface WatchStageProps {
  world: World;
  bookmarks: Scenario['bookmarks'];
  openedMailId: string | null;
  /** The action of the step being shown: a form it posts is shown filled in. */
  nextAction: ScriptedAction | null;
}

export const WatchStage = forwardRef<HTMLElement, WatchStageProps>(
  function WatchStage({ world, bookmarks, openedMailId, nextAction }, ref) {
    const browserArea = useRef<HTMLDivElement>(null);
    // A step that types the phone's code shows it filled in as the phone shows it now, and the phone beside it.
    const typesPhoneCode = nextAction?.type === 'form/submitted' && Object.values(nextAction.fields).includes(PHONE_CODE);
    useLayoutEffect(() => {
      const shown = nextAction?.type === 'form/submitted' ? { ...nextAction, fields: withPhoneCode(nextAction.fields, world) } : nextAction;
      if (browserArea.current) fillStepForm(browserArea.current, shown);
    }, [world, nextAction]);
    const unread = world.mailbox.filter((mail) => !mail.read).length;
    const opened = openedMailId ? (world.mailbox.find((mail) => mail.id === openedMailId) ?? null) : null;
    return (
      <section
        ref={ref}
        className="watch-stage"
        aria-label="Walkthrough screen (read-only)"
        onClickCapture={block}
        onSubmitCapture={block}
        onKeyDownCapture={blockKeys}
        onPasteCapture={block}
        onDropCapture={block}
      >
        <div className="watch-stage__bar">
          <TimeControl world={world} dispatch={ignoreEvent} />
          <button type="button" className="button mailbox-button" aria-expanded={opened !== null}>
            Mailbox{unread > 0 ? ` (${unread} unread)` : ''}
          </button>
        </div>
        <div ref={browserArea} className={opened || typesPhoneCode ? 'watch-stage__body watch-stage__body--mail' : 'watch-stage__body'}>
          <SimulatedBrowser world={world} bookmarks={bookmarks} dispatch={ignoreEvent} />
          {opened ? (
            <section className="mailbox" aria-label="Mailbox">
              <div className="mailbox__header">
                <h2>Mailbox</h2>
                <p className="mailbox__owner">{world.traineeEmail}</p>
              </div>
              <MailMessage mail={opened} onBack={ignoreEvent} />
            </section>
          ) : null}
          {typesPhoneCode ? (
            <section className="phone" aria-label="Phone">
              <h2>Phone</h2>
              <h3>Authenticator</h3>
              <AuthenticatorCodes world={world} />
            </section>
          ) : null}
        </div>
      </section>
    );
  },
);
