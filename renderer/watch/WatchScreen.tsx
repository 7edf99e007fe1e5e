import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import type { World } from '../../shared/model/world';
import { useDocumentTitle } from '../app/use-document-title';
import { useTrainer } from '../state/TrainerProvider';
import { TargetHighlight } from './TargetHighlight';
import { useWatchChannel, type WatchMessage } from './watch-channel';
import { WatchCaption } from './WatchCaption';
import { describePosition } from './watch-steps';
import { WatchStage } from './WatchStage';
import { WatchToolbar } from './WatchToolbar';
import { useWatchKeys } from './use-watch-keys';
import { useWatchPlayer } from './use-watch-player';
import './watch.css';

/** `#/play/:scenarioId?mode=watch`: loads the scenario, then plays its walkthrough. */
export function WatchScreen({ scenarioId }: { scenarioId: string }) {
  const watch = useTrainer((state) => state.watch);
  const loadWatch = useTrainer((state) => state.loadWatch);

  useEffect(() => {
    void loadWatch(scenarioId);
  }, [scenarioId, loadWatch]);

  if (watch.scenarioId !== scenarioId || watch.status === 'idle' || watch.status === 'loading') {
    return (
      <p className="loading" role="status">
        Opening the walkthrough…
      </p>
    );
  }
  if (watch.status === 'failed' || !watch.scenario) {
    return (
      <section className="panel message-panel" role="alert">
        <h1>This walkthrough could not be opened</h1>
        <p>{watch.error}</p>
      </section>
    );
  }
  return <WatchPlayerView scenario={watch.scenario} worlds={watch.worlds} />;
}

function WatchPlayerView({ scenario, worlds }: { scenario: ResolvedScenario; worlds: World[] }) {
  useDocumentTitle(`Watch: ${scenario.title}`);
  const player = useWatchPlayer(scenario.walkthrough.length);
  const stage = useRef<HTMLElement>(null);
  const [highlightFound, setHighlightFound] = useState(false);
  const at = describePosition(scenario, player.position);
  const world = worlds[at.position];

  const { setAutoplay, next, back, first, last } = player;
  const keyActions = useMemo(() => ({ next, back, first, last, pause: () => setAutoplay(false) }), [next, back, first, last, setAutoplay]);
  useWatchKeys(keyActions, stage);

  // The presenter-notes window follows this one: it says hello when it opens and may press Next or Back.
  const [helloes, setHelloes] = useState(0);
  const onMessage = useCallback(
    (message: WatchMessage) => {
      if (message.type === 'command') ({ next, back, first, last })[message.command]();
      else if (message.type === 'hello') setHelloes((count) => count + 1);
    },
    [next, back, first, last],
  );
  const channel = useWatchChannel(scenario.id, onMessage);
  useEffect(() => {
    channel.post({ type: 'position', scenarioId: scenario.id, position: at.position });
  }, [channel, scenario.id, at.position, helloes]);

  if (!world) return null;
  return (
    <div className="watch">
      <div className="watch__top">
        <div>
          <h1>{scenario.title}</h1>
          <p className="mode-badge">Watch: a walkthrough, not scored</p>
        </div>
        <WatchToolbar scenarioId={scenario.id} player={player} />
      </div>
      <WatchCaption scenarioId={scenario.id} at={at} highlightFound={highlightFound} />
      <WatchStage ref={stage} world={world} bookmarks={scenario.bookmarks} openedMailId={at.openedMailId} nextAction={at.step?.action ?? null} />
      <TargetHighlight stage={stage} target={at.step?.target ?? null} revision={at.position} onFound={setHighlightFound} />
    </div>
  );
}
