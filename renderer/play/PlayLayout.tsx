import { SimulatedBrowser } from '../browser/SimulatedBrowser';
import { MailboxButton, MailboxPanel, useMailboxToggle } from '../mailbox/Mailbox';
import { PhoneButton, PhonePanel, usePhoneToggle } from '../phone/Phone';
import { useDocumentTitle } from '../app/use-document-title';
import { useTrainer } from '../state/TrainerProvider';
import { AttemptControls } from './AttemptControls';
import { BriefingPanel } from './BriefingPanel';
import { MistakeExplanation } from './MistakeExplanation';
import { PracticeCoach } from './PracticeCoach';
import { SaveBanner } from './SaveBanner';
import { TimeControl } from './TimeControl';

/** The play screen once the attempt is loaded: briefing, simulated browser, and the mailbox beside them. */
export function PlayLayout() {
  const scenario = useTrainer((state) => state.play.scenario);
  const world = useTrainer((state) => state.play.world);
  const mode = useTrainer((state) => state.play.attempt?.mode ?? 'practice');
  const resumed = useTrainer((state) => state.play.resumed);
  const dispatch = useTrainer((state) => state.dispatch);
  const mailbox = useMailboxToggle();
  const phone = usePhoneToggle();
  useDocumentTitle(scenario ? `${mode === 'assess' ? 'Assess' : 'Practice'}: ${scenario.title}` : null);
  if (!scenario || !world) return null;
  const practice = mode === 'practice';
  // The phone belongs to today's rules: a scenario of the transition years has none.
  const hasPhone = world.era === '2025';
  const side = mailbox.open || (hasPhone && phone.open);

  return (
    <div className="play">
      <div className="play__top">
        <div className="play__title">
          <h1>{scenario.title}</h1>
          <p className="mode-badge">{practice ? 'Practice: hints and feedback available' : 'Assessment: no hints, no feedback until the end'}</p>
          {resumed ? <p className="play__resumed">You are continuing the attempt you left unfinished.</p> : null}
        </div>
        <div className="play__actions">
          <TimeControl world={world} dispatch={dispatch} />
          <MailboxButton world={world} toggle={mailbox} />
          {hasPhone ? <PhoneButton toggle={phone} /> : null}
          <AttemptControls />
        </div>
      </div>
      <SaveBanner />
      <div className={side ? 'play__body play__body--mail' : 'play__body'}>
        <BriefingPanel scenario={scenario} coach={practice ? <PracticeCoach /> : null} />
        <div className="play__work">
          {practice ? <MistakeExplanation /> : null}
          <SimulatedBrowser world={world} bookmarks={scenario.bookmarks} dispatch={dispatch} />
        </div>
        {side ? (
          <div className="play__side">
            {mailbox.open ? <MailboxPanel world={world} dispatch={dispatch} toggle={mailbox} /> : null}
            {hasPhone && phone.open ? <PhonePanel world={world} dispatch={dispatch} toggle={phone} /> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
