import { SimulatedBrowser } from '../browser/SimulatedBrowser';
import { MailboxButton, MailboxPanel, useMailboxToggle } from '../mailbox/Mailbox';
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
  useDocumentTitle(scenario ? `${mode === 'assess' ? 'Assess' : 'Practice'}: ${scenario.title}` : null);
  if (!scenario || !world) return null;
  const practice = mode === 'practice';

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
          <AttemptControls />
        </div>
      </div>
      <SaveBanner />
      <div className={mailbox.open ? 'play__body play__body--mail' : 'play__body'}>
        <BriefingPanel scenario={scenario} coach={practice ? <PracticeCoach /> : null} />
        <div className="play__work">
          {practice ? <MistakeExplanation /> : null}
          <SimulatedBrowser world={world} bookmarks={scenario.bookmarks} dispatch={dispatch} />
        </div>
        {mailbox.open ? <MailboxPanel world={world} dispatch={dispatch} toggle={mailbox} /> : null}
      </div>
    </div>
  );
}
