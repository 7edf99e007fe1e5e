import type { Attempt } from '../../shared/api/contract';
import type { HistoryAttempt, traineeMethods } from '../../shared/api/trainee-methods';
import { bestScores, catalogProgress } from '../../shared/trainees/progress';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatcher';
import { notFound } from './errors';

type TraineeHandlers = Pick<Handlers, keyof typeof traineeMethods>;

type TraineeWork = Attempt & { mode: HistoryAttempt['mode'] };

/** Watch sessions demonstrate a scenario; the trainee did not play them. */
const isTraineeWork = (attempt: Attempt): attempt is TraineeWork => attempt.mode !== 'watch';

/** Trainee profiles, history and progress across the catalog. */
export function traineeHandlers(ctx: HandlerContext): TraineeHandlers {
  const { store } = ctx;

  /** A scenario's title as it was in the version played, or its latest (the id if it is somehow gone). */
  function titles() {
    const known = new Map<string, string>();
    return (scenarioId: string, version?: number): string => {
      const key = `${scenarioId}@${version ?? 'latest'}`;
      let title = known.get(key);
      if (title === undefined) {
        const row = version === undefined ? store.scenarios.latest(scenarioId) : store.scenarios.find(scenarioId, version);
        title = row?.title ?? scenarioId;
        known.set(key, title);
      }
      return title;
    };
  }

  return {
    'trainees.update': (profile) => {
      if (!store.trainees.update(profile)) throw notFound(`There is no trainee "${profile.id}".`);
      return profile;
    },

    'trainees.history': ({ traineeId }) => {
      const trainee = traineeId === null ? null : store.trainees.find(traineeId);
      if (trainee === undefined) throw notFound(`There is no trainee "${traineeId}".`);
      const titleOf = titles();
      const attempts = store.attempts.listOfTrainee(traineeId).filter(isTraineeWork);
      const best = bestScores(attempts, (scenarioId) => titleOf(scenarioId));
      const catalogIds = store.scenarios.listLatest().map((scenario) => scenario.id);
      return {
        trainee,
        attempts: attempts.map((attempt) => ({
          attemptId: attempt.id,
          scenarioId: attempt.scenarioId,
          scenarioTitle: titleOf(attempt.scenarioId, attempt.scenarioVersion),
          scenarioVersion: attempt.scenarioVersion,
          mode: attempt.mode,
          status: attempt.status,
          startedAt: attempt.startedAt,
          finishedAt: attempt.finishedAt,
          score: attempt.score,
          passed: attempt.passed,
        })),
        bestScores: best,
        progress: catalogProgress(best, catalogIds),
      };
    },
  };
}
