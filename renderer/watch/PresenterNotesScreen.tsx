import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title';
import { useTrainer } from '../state/TrainerProvider';
import { useWatchChannel, type WatchCommand, type WatchMessage } from './watch-channel';
import { useWatchKeys } from './use-watch-keys';
import { describePosition, stepLabel } from './watch-steps';
import './watch.css';

const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `#/presenter/:scenarioId`: the presenter's second window. Large type: the
 * current step, its caption and presenter notes, and what comes next. It
 * follows the Watch window over the watch channel and can send Next/Back.
 */
export function PresenterNotesScreen() {
  const { scenarioId = '' } = useParams();
  const valid = SCENARIO_ID.test(scenarioId) && scenarioId.length <= 64;
  const watch = useTrainer((state) => state.watch);
  const loadWatch = useTrainer((state) => state.loadWatch);
  const [position, setPosition] = useState<number | null>(null);
  useDocumentTitle(watch.scenario ? `Presenter notes: ${watch.scenario.title}` : 'Presenter notes');

  useEffect(() => {
    if (valid) void loadWatch(scenarioId);
  }, [valid, scenarioId, loadWatch]);

  const onMessage = useCallback((message: WatchMessage) => {
    if (message.type === 'position') setPosition(message.position);
  }, []);
  const channel = useWatchChannel(valid ? scenarioId : '', onMessage);
  useEffect(() => {
    if (valid) channel.post({ type: 'hello', scenarioId });
  }, [channel, valid, scenarioId]);

  // The presenter's keys and clicker work here too, driving the Watch window.
  const { post } = channel;
  const send = useCallback((command: WatchCommand) => post({ type: 'command', scenarioId, command }), [post, scenarioId]);
  const keyActions = useMemo(
    () => ({ next: () => send('next'), back: () => send('back'), first: () => send('first'), last: () => send('last'), pause: () => {} }),
    [send],
  );
  const noStage = useRef<HTMLElement>(null);
  useWatchKeys(keyActions, noStage);

  if (!valid) {
    return (
      <section className="panel message-panel" role="alert">
        <h1>Presenter notes</h1>
        <p>“{scenarioId}” is not a scenario id.</p>
      </section>
    );
  }
  const scenario = watch.scenarioId === scenarioId ? watch.scenario : null;
  if (!scenario) {
    return (
      <section className="presenter" aria-labelledby="presenter-title">
        <h1 id="presenter-title">Presenter notes</h1>
        <p role={watch.status === 'failed' ? 'alert' : 'status'}>{watch.status === 'failed' ? watch.error : 'Loading the walkthrough…'}</p>
      </section>
    );
  }

  const at = position === null ? null : describePosition(scenario, position);
  return (
    <section className="presenter" aria-labelledby="presenter-title">
      <h1 id="presenter-title">Presenter notes: {scenario.title}</h1>
      {at === null ? (
        <p role="status">Waiting for the Watch window. Keep it open on this scenario.</p>
      ) : (
        <div role="status" aria-live="polite" aria-atomic="true" aria-label="Current step" className="presenter__now">
          <p className="presenter__count">{stepLabel(at)}</p>
          {at.step ? <p className="presenter__caption">{at.step.caption}</p> : null}
          {at.step?.presenterNotes ? (
            <div className="presenter__notes">
              <h2>Notes</h2>
              <p>{at.step.presenterNotes}</p>
            </div>
          ) : null}
          <div className="presenter__following">
            <h2>Next step</h2>
            <p>{at.following ? at.following.caption : at.complete ? 'Nothing: the walkthrough is complete.' : 'Walkthrough complete.'}</p>
          </div>
        </div>
      )}
      <div className="button-row presenter__controls" role="group" aria-label="Drive the Watch window">
        <button type="button" className="button" onClick={() => send('back')} disabled={at === null || at.position === 0}>
          ← Back
        </button>
        <button type="button" className="button button--primary" onClick={() => send('next')} disabled={at === null || at.complete}>
          Next →
        </button>
      </div>
    </section>
  );
}
