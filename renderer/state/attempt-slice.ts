import type { Attempt, AttemptReport, StoredEvent } from '../../shared/api/contract';
import type { TrainerEvent } from '../../shared/model/events';
import type { Outcome } from '../../shared/model/reducer';
import type { World } from '../../shared/model/world';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import type { RunningScore } from '../../shared/scoring/running-score';
import type { ScoreReport } from '../../shared/scoring/score';
import { ApiFailure, errorMessage, type ApiClient } from '../api/client';
import { loadPlayEngine, type PlayEngine } from './load-play-engine';
import { createSaveQueue, type SaveQueue } from './save-queue';
import type { SliceCreator } from './store';

export type PlayMode = 'practice' | 'assess';
export type PlayStatus = 'idle' | 'loading' | 'playing' | 'finishing' | 'finished' | 'failed';
export type FinishReason = 'completed' | 'gave-up';

export interface PlayState {
  status: PlayStatus;
  scenarioId: string | null;
  mode: PlayMode | null;
  scenario: ResolvedScenario | null;
  attempt: Attempt | null;
  /** The attempt's event log; index i was (or will be) stored with seq = i. */
  events: TrainerEvent[];
  /** Derived by the shared model: the world after the last event, and one outcome per event. */
  world: World | null;
  outcomes: Outcome[];
  /** The score folded event by event (its world is `world`): a click costs the same at any length of attempt. */
  running: RunningScore | null;
  /** Live score in practice mode (the running score's report); null in an assessment. */
  report: ScoreReport | null;
  /** This attempt was left unfinished earlier and has been replayed from its stored events. */
  resumed: boolean;
  /** Why the play could not start. */
  loadError: string | null;
  /** "Your last step could not be saved: ..." — shown, never blocking. */
  saveError: string | null;
  finishError: string | null;
  /** The backend's authoritative report once finished. */
  finalReport: AttemptReport | null;
}

export interface AttemptSlice {
  play: PlayState;
  /** Resumes the open attempt at this scenario and mode, or starts a new one. */
  startPlay(scenarioId: string, mode: PlayMode): Promise<void>;
  /** Applies the event at once, then appends it to the backend in order. */
  dispatch(event: TrainerEvent): void;
  /** Practice only: asks for the hint of the first objective not yet met. */
  requestHint(): void;
  /** Saves what is left, finishes the attempt, and returns its id (null if it could not finish). */
  finish(reason: FinishReason): Promise<string | null>;
  retrySave(): Promise<boolean>;
  dismissSaveError(): void;
  /** Stops saving and forgets the attempt (the store's reset uses it). */
  closePlay(): void;
}

export const initialPlay: PlayState = {
  status: 'idle',
  scenarioId: null,
  mode: null,
  scenario: null,
  attempt: null,
  events: [],
  world: null,
  outcomes: [],
  running: null,
  report: null,
  resumed: false,
  loadError: null,
  saveError: null,
  finishError: null,
  finalReport: null,
};

function liveReport(engine: PlayEngine, scenario: ResolvedScenario, running: RunningScore, mode: string): ScoreReport | null {
  return mode === 'practice' ? engine.reportOf(scenario, running) : null;
}

/** A stored log folded from the start: the running score after it and each event's outcome. */
function foldLog(engine: PlayEngine, scenario: ResolvedScenario, events: readonly TrainerEvent[]) {
  let running = engine.startScore(scenario, engine.attemptStart(events));
  const outcomes: Outcome[] = [];
  for (const event of events) {
    const step = engine.scoreEvent(scenario, running, event);
    running = step.running;
    outcomes.push(step.outcome);
  }
  return { running, outcomes };
}

function orderedEvents(stored: readonly StoredEvent[]): TrainerEvent[] {
  return [...stored].sort((a, b) => a.seq - b.seq).map((row) => row.event);
}

/** Same event, whatever order its keys were written in. */
function sameEvent(a: TrainerEvent | undefined, b: TrainerEvent | undefined): boolean {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
      : value;
  return a !== undefined && b !== undefined && JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const ACTIVE: readonly PlayStatus[] = ['loading', 'playing', 'finishing'];

export const createAttemptSlice =
  (api: ApiClient): SliceCreator<AttemptSlice> =>
  (set, get) => {
    let queue: SaveQueue | null = null;
    /** The shared model, loaded by the first play; every action below 'playing' has it. */
    let engine: PlayEngine | null = null;
    let loading: Promise<void> | null = null;
    /** Bumped whenever a play starts or closes, so late answers for an old play are ignored. */
    let generation = 0;

    const patch = (change: Partial<PlayState>) => set({ play: { ...get().play, ...change } });

    async function openAttempt(scenarioId: string, mode: PlayMode) {
      // Each trainee resumes and records their own attempts (null: Guest).
      const traineeId = await get().currentTrainee();
      // Practice and assessment are kept apart: opening one never closes the other.
      const open = await api.call('attempts.findOpen', { scenarioId, mode, traineeId });
      if (open.attempt) {
        const got = await api.call('attempts.get', { attemptId: open.attempt.id });
        return { attempt: got.attempt, stored: got.events, resumed: true };
      }
      const started = await api.call('attempts.start', { scenarioId, mode, traineeId });
      return { attempt: started.attempt, stored: started.events, resumed: false };
    }

    function startQueue(attemptId: string, saved: number, mine: number) {
      queue?.stop();
      const current = () => generation === mine && get().play.attempt?.id === attemptId;
      queue = createSaveQueue({
        saved,
        events: () => (current() ? get().play.events : []),
        append: async (seq, event) => {
          await api.call('attempts.append', { attemptId, seq, event });
        },
        recover: async (savedSoFar, error) => {
          // An append that was stored but whose answer was lost: the backend already holds it.
          if (!(error instanceof ApiFailure) || error.code !== 'conflict') return null;
          const got = await api.call('attempts.get', { attemptId });
          const stored = orderedEvents(got.events);
          const local = get().play.events;
          if (stored.length <= savedSoFar || !stored.every((event, index) => sameEvent(event, local[index]))) return null;
          return stored.length;
        },
        onStatus: (error) => {
          if (!current()) return;
          patch({ saveError: error === null ? null : `Your last step could not be saved: ${errorMessage(error)}` });
        },
      });
    }

    async function load(scenarioId: string, mode: PlayMode, mine: number) {
      try {
        const [opened, model] = await Promise.all([openAttempt(scenarioId, mode), loadPlayEngine()]);
        engine = model;
        const { attempt, stored, resumed } = opened;
        const raw = await api.call('scenarios.get', { id: scenarioId, version: attempt.scenarioVersion });
        const resolved = model.resolveCourts(raw, []);
        if (!resolved.ok) throw new Error(`the scenario's courts are not written out (${resolved.error.join('; ')})`);
        if (generation !== mine) return;
        const scenario = resolved.value;
        const events = orderedEvents(stored);
        const { running, outcomes } = foldLog(model, scenario, events);
        set({
          play: {
            ...initialPlay,
            status: 'playing',
            scenarioId,
            mode,
            scenario,
            attempt,
            events,
            world: running.world,
            outcomes,
            running,
            report: liveReport(model, scenario, running, attempt.mode),
            resumed: resumed && events.length > 1,
          },
        });
        startQueue(attempt.id, events.length, mine);
      } catch (error) {
        if (generation !== mine) return;
        patch({ status: 'failed', loadError: errorMessage(error) });
      }
    }

    return {
      play: initialPlay,

      startPlay(scenarioId, mode) {
        const { play } = get();
        if (play.scenarioId === scenarioId && play.mode === mode && ACTIVE.includes(play.status)) {
          return loading ?? Promise.resolve();
        }
        queue?.stop();
        queue = null;
        const mine = ++generation;
        set({ play: { ...initialPlay, status: 'loading', scenarioId, mode } });
        const started = load(scenarioId, mode, mine).finally(() => {
          if (loading === started) loading = null;
        });
        loading = started;
        return started;
      },

      dispatch(event) {
        const { play } = get();
        if (play.status !== 'playing' || !play.running || !play.scenario || !play.attempt || !engine) return;
        const parsed = engine.eventSchema.safeParse(event);
        if (!parsed.success) {
          patch({ saveError: `That step was not recorded: ${engine.describeIssues(parsed.error).join('; ')}` });
          return;
        }
        const step = engine.scoreEvent(play.scenario, play.running, parsed.data);
        patch({
          events: [...play.events, parsed.data],
          world: step.running.world,
          outcomes: [...play.outcomes, step.outcome],
          running: step.running,
          report: liveReport(engine, play.scenario, step.running, play.attempt.mode),
        });
        void queue?.flush();
      },

      requestHint() {
        const { play } = get();
        if (play.attempt?.mode !== 'practice' || !engine) return;
        const objective = engine.firstUnmetObjective(play);
        if (objective) get().dispatch({ type: 'trainee/hint-requested', objectiveId: objective.id });
      },

      async finish(reason) {
        const { play } = get();
        const attempt = play.attempt;
        if (!attempt || play.status !== 'playing' || !queue) return null;
        const mine = generation;
        patch({ status: 'finishing', finishError: null });
        const saved = await queue.flush();
        if (generation !== mine) return null;
        if (!saved) {
          patch({
            status: 'playing',
            finishError: 'The attempt was not finished because some of your steps are not saved yet. Try again in a moment.',
          });
          return null;
        }
        try {
          const finished = await api.call('attempts.finish', { attemptId: attempt.id, reason });
          if (generation !== mine) return null;
          queue.stop();
          patch({ status: 'finished', attempt: finished.attempt, finalReport: finished.report });
          get().showResults(finished.attempt, finished.report, play.scenario?.title ?? attempt.scenarioId);
          return attempt.id;
        } catch (error) {
          if (generation === mine) patch({ status: 'playing', finishError: `The attempt could not be finished: ${errorMessage(error)}` });
          return null;
        }
      },

      retrySave() {
        return queue ? queue.flush() : Promise.resolve(true);
      },

      dismissSaveError() {
        patch({ saveError: null });
      },

      closePlay() {
        queue?.stop();
        queue = null;
        loading = null;
        generation += 1;
        set({ play: initialPlay });
      },
    };
  };
