import type { Attempt, Trainee } from '../../../shared/api/contract';
import type { AttemptRecord } from '../../../shared/records/attempt-record';

export const DANA: Trainee = { id: 'trainee-dana', name: 'Dana Whitfield', email: 'dana@whitfield-law.test', barNumber: '58213', barState: 'MO' };

/** A finished, passed assessment of the bankruptcy link by Dana: 4 min 12 s, 92 points. */
export function recordOf(overrides: { attempt?: Partial<Attempt>; trainee?: Trainee | null } & Partial<Omit<AttemptRecord, 'attempt' | 'trainee'>> = {}): AttemptRecord {
  const { attempt, trainee, ...rest } = overrides;
  return {
    attempt: {
      id: 'attempt-1',
      scenarioId: 'cmecf-link-bankruptcy',
      scenarioVersion: 1,
      traineeId: DANA.id,
      mode: 'assess',
      status: 'finished',
      startedAt: '2024-03-01T09:00:00.000Z',
      finishedAt: '2024-03-01T09:04:12.000Z',
      score: 92,
      passed: true,
      eventCount: 20,
      ...attempt,
    },
    trainee: trainee === undefined ? DANA : trainee,
    scenarioTitle: 'Link your CM/ECF account to PACER (bankruptcy court)',
    scenarioSummary: 'Sign in, acknowledge the redaction notice and link the accounts.',
    hintsUsed: 0,
    mistakesCount: 1,
    complete: true,
    ...rest,
  };
}
