import type { Attempt, AttemptReport } from '../../shared/api/contract';
import { elapsedSecondsBetween, score } from '../../shared/scoring/score';
import type { Handlers } from './dispatcher';
import type { HandlerContext } from './context';
import { badInput, conflict, notFound } from './errors';
import { createKnownSecrets } from './known-secrets';

/** One event is a click or a posted form: far below this. The cap keeps a hostile caller from filling the disk. */
export const MAX_EVENT_BYTES = 64 * 1024;
/** A whole attempt: hundreds of times what a walkthrough needs. */
export const MAX_ATTEMPT_BYTES = 4 * 1024 * 1024;

const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;

type AttemptHandlers = Pick<
  Handlers,
  'attempts.start' | 'attempts.append' | 'attempts.get' | 'attempts.findOpen' | 'attempts.finish' | 'attempts.abandon' | 'attempts.list'
>;

/**
 * Attempts: an append-only event log per attempt. The first event
 * (attempt/started, with the salt for password digests) is written by
 * attempts.start; each later event is stored, durably, before append
 * answers; the score is decided here, by replaying the stored log.
 */
export function attemptHandlers(ctx: HandlerContext): AttemptHandlers {
  const { store } = ctx;
  // Bytes each attempt holds, counted once from the store and then kept up to date, so an append stays O(1).
  const attemptBytes = new Map<string, number>();
  const knownSecrets = createKnownSecrets();

  function requireAttempt(attemptId: string): Attempt {
    const attempt = store.attempts.find(attemptId);
    if (!attempt) throw notFound(`There is no attempt "${attemptId}".`);
    return attempt;
  }

  const storedReport = (attemptId: string): AttemptReport | null => store.attempts.report(attemptId);

  return {
    'attempts.start': ({ scenarioId, mode, traineeId }) => {
      const scenario = ctx.scenarios.get(scenarioId);
      if (traineeId !== null && !store.trainees.find(traineeId)) throw notFound(`There is no trainee "${traineeId}".`);
      const id = ctx.newId();
      const startedAt = ctx.timestamp();
      const salt = ctx.newSalt();
      const started = store.commitSoon(() => {
        store.attempts.insert({ id, traineeId, scenarioId, scenarioVersion: scenario.version, mode, startedAt });
        store.attempts.appendEvent(id, 0, { type: 'attempt/started', salt, mode }, startedAt);
        return { attempt: requireAttempt(id), events: store.attempts.events(id) };
      });
      knownSecrets.prepare(id, scenario, salt);
      return started;
    },

    'attempts.append': async ({ attemptId, seq, event }) => {
      if (event.type === 'attempt/started') {
        throw badInput(['event', 'type'], '"attempt/started" is recorded by attempts.start and cannot be appended');
      }
      const size = Buffer.byteLength(JSON.stringify(event));
      if (size > MAX_EVENT_BYTES) throw badInput(['event'], `is ${kib(size)}; one event may be at most ${kib(MAX_EVENT_BYTES)}`);
      // Committed with the other appends of this moment (one flush to disk for a whole class), answered once on disk.
      await store.commitSoon(() => {
        const status = store.attempts.status(attemptId);
        if (status === undefined) throw notFound(`There is no attempt "${attemptId}".`);
        if (status !== 'in-progress') throw conflict(`Attempt "${attemptId}" is ${status}; no more events can be added to it.`);
        const next = store.attempts.nextSeq(attemptId);
        if (seq !== next) throw conflict(`Event ${seq} does not follow the stored log of attempt "${attemptId}": the next event is ${next}.`);
        const held = attemptBytes.get(attemptId) ?? store.attempts.storedBytes(attemptId);
        if (held + size > MAX_ATTEMPT_BYTES) {
          throw conflict(
            `Attempt "${attemptId}" holds ${kib(held)} of events, and this one would take it past the ${kib(MAX_ATTEMPT_BYTES)} an attempt may hold. Finish it and start a new attempt.`,
          );
        }
        store.attempts.appendEvent(attemptId, seq, event, ctx.timestamp());
        // Counted at once, so that the next append to it in the same commit sees this one.
        attemptBytes.set(attemptId, held + size);
      }).catch((error: unknown) => {
        attemptBytes.delete(attemptId); // counted again from what the store holds
        throw error;
      });
      return { seq };
    },

    'attempts.get': ({ attemptId }) => {
      const attempt = requireAttempt(attemptId);
      return { attempt, events: store.attempts.events(attemptId), report: storedReport(attemptId) };
    },

    'attempts.findOpen': ({ scenarioId, mode, traineeId }) => ({
      attempt: store.attempts.findOpen(scenarioId, mode, traineeId) ?? null,
    }),

    'attempts.finish': async ({ attemptId }) => {
      await knownSecrets.ready(attemptId);
      return store.transaction(() => {
        const attempt = requireAttempt(attemptId);
        if (attempt.status === 'finished') {
          const report = storedReport(attemptId);
          if (report) return { attempt, report }; // finishing twice (a retried request) gives the same result
        }
        if (attempt.status !== 'in-progress') throw conflict(`Attempt "${attemptId}" was abandoned; it cannot be finished.`);
        const scenario = ctx.scenarios.get(attempt.scenarioId, attempt.scenarioVersion);
        const stored = store.attempts.events(attemptId);
        // The time taken is the span of the stored log, so scoring the same log again gives the same result.
        const elapsedSeconds = elapsedSecondsBetween(stored.map((row) => row.recordedAt));
        const timing = elapsedSeconds === null ? undefined : { elapsedSeconds };
        const report = score(scenario, stored.map((row) => row.event), timing);
        store.attempts.markFinished(attemptId, {
          finishedAt: ctx.timestamp(),
          score: report.score,
          passed: report.passed,
          report,
        });
        return { attempt: requireAttempt(attemptId), report };
      });
    },

    'attempts.abandon': ({ attemptId }) =>
      store.transaction(() => {
        const attempt = requireAttempt(attemptId);
        if (attempt.status === 'finished') throw conflict(`Attempt "${attemptId}" is finished; it cannot be abandoned.`);
        if (attempt.status === 'in-progress') store.attempts.markAbandoned(attemptId, ctx.timestamp());
        return { attempt: requireAttempt(attemptId) };
      }),

    'attempts.list': ({ scenarioId, traineeId }) => store.attempts.list({ scenarioId, traineeId }),
  };
}
