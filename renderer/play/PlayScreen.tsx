import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PlayMode } from '../state/attempt-slice';
import { useTrainer } from '../state/TrainerProvider';

// Watch and the play layout (with the simulated sites) are chunks of their own:
// each loads when its mode is opened, the layout alongside the attempt.
const loadPlayLayout = () => import('./PlayLayout');
const PlayLayout = lazy(() => loadPlayLayout().then((module) => ({ default: module.PlayLayout })));
const WatchScreen = lazy(() => import('../watch/WatchScreen').then((module) => ({ default: module.WatchScreen })));

const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODES: readonly PlayMode[] = ['practice', 'assess'];

function isMode(value: string): value is PlayMode {
  return (MODES as readonly string[]).includes(value);
}

/**
 * `#/play/:scenarioId?mode=practice|assess|watch`: Practice and Assess resume
 * the open attempt or start one, then play it; Watch plays the walkthrough
 * and records nothing.
 */
export function PlayScreen() {
  const { scenarioId = '' } = useParams();
  const [search] = useSearchParams();
  const requested = search.get('mode') ?? 'practice';
  const validId = SCENARIO_ID.test(scenarioId) && scenarioId.length <= 64;
  if (validId && requested === 'watch') {
    return (
      <Suspense fallback={<Opening what="walkthrough" />}>
        <WatchScreen scenarioId={scenarioId} />
      </Suspense>
    );
  }
  return <AttemptScreen scenarioId={scenarioId} requested={requested} validId={validId} />;
}

function AttemptScreen({ scenarioId, requested, validId }: { scenarioId: string; requested: string; validId: boolean }) {
  const mode = isMode(requested) ? requested : null;

  const status = useTrainer((state) => state.play.status);
  const playing = useTrainer((state) => state.play.scenarioId === scenarioId && state.play.mode === mode);
  const loadError = useTrainer((state) => state.play.loadError);
  const startPlay = useTrainer((state) => state.startPlay);

  useEffect(() => {
    if (!validId || !mode) return;
    void startPlay(scenarioId, mode);
    // Fetch the layout's code while the attempt opens, not after it (a failure shows when it renders).
    loadPlayLayout().catch(() => undefined);
  }, [scenarioId, mode, validId, startPlay]);

  if (!validId) {
    return (
      <PlayProblem title="This scenario could not be opened">
        <p>“{scenarioId}” is not a scenario id. Scenario ids are lower-case words joined by hyphens.</p>
      </PlayProblem>
    );
  }
  if (!mode) {
    return (
      <PlayProblem title="Choose how to play">
        <p>
          “{requested}” is not a mode. A scenario can be watched as a walkthrough, played in Practice mode (with hints) or in
          Assess mode (scored, no help).
        </p>
        <p className="button-row">
          <Link className="button" to={`/play/${scenarioId}?mode=watch`}>
            Watch
          </Link>
          <Link className="button button--primary" to={`/play/${scenarioId}?mode=practice`}>
            Practice
          </Link>
          <Link className="button" to={`/play/${scenarioId}?mode=assess`}>
            Assess
          </Link>
        </p>
      </PlayProblem>
    );
  }
  if (!playing || status === 'idle' || status === 'loading') return <Opening what="scenario" />;
  if (status === 'failed') {
    return (
      <PlayProblem title="This scenario could not be opened">
        <p>{loadError}</p>
      </PlayProblem>
    );
  }
  return (
    <Suspense fallback={<Opening what="scenario" />}>
      <PlayLayout />
    </Suspense>
  );
}

function Opening({ what }: { what: 'scenario' | 'walkthrough' }) {
  return (
    <p className="loading" role="status">
      Opening the {what}…
    </p>
  );
}

function PlayProblem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel message-panel" role="alert">
      <h1>{title}</h1>
      {children}
      <p>
        <Link className="button" to="/">
          Back to scenarios
        </Link>
      </p>
    </section>
  );
}
