import type { Attempt, Trainee } from '../api/contract';

/**
 * One attempt as the exports see it: the attempt, who took it (null: a
 * guest), the scenario it was played on, and the figures from its stored
 * score report (null while it has none).
 */
export interface AttemptRecord {
  attempt: Attempt;
  trainee: Trainee | null;
  scenarioTitle: string;
  scenarioSummary: string;
  hintsUsed: number | null;
  mistakesCount: number | null;
  /** Every objective met (from the report); null without a report. */
  complete: boolean | null;
}

export const GUEST_NAME = 'Guest';

/** Whole seconds between two ISO timestamps, or null when either is missing or unreadable. */
export function durationSeconds(startedAt: string, finishedAt: string | null): number | null {
  if (finishedAt === null) return null;
  const start = Date.parse(startedAt);
  const end = Date.parse(finishedAt);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.max(0, Math.round((end - start) / 1000));
}
