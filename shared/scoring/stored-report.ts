import { z } from 'zod';
import { checkChain, currentFormat, FORMAT_KEY, formatOf, upcast, type RecordPlace, type Upcaster } from '../model/record-versions';
import { describeIssues } from '../util/issues';

/**
 * A finished attempt's score report as it was decided and kept: what the
 * trainee was told then. Its mistakes keep the code, title, rule, remedy
 * and source they were written with, so a code later renamed or retired
 * still shows as it was; they are never checked against today's catalogue.
 */
export const storedMistakeSchema = z.strictObject({
  at: z.number(),
  code: z.string().min(1),
  title: z.string(),
  rule: z.string(),
  remedy: z.string(),
  source: z.string(),
  message: z.string().nullable(),
  penalty: z.number(),
});

export const storedReportSchema = z.strictObject({
  score: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  complete: z.boolean(),
  earned: z.number(),
  penalties: z.number(),
  hintsUsed: z.number(),
  hintCost: z.number(),
  timeTakenSeconds: z.number().nullable(),
  overtimePenalty: z.number(),
  objectives: z.array(
    z.strictObject({ id: z.string(), label: z.string(), points: z.number(), met: z.boolean(), metAt: z.number().nullable() }),
  ),
  mistakes: z.array(storedMistakeSchema),
});

export type StoredReport = z.infer<typeof storedReportSchema>;

type ReportRecord = Record<string, unknown>;

/** Each step of a stored report's shape (record-versions.ts); each has its own test. */
export const REPORT_UPCASTERS: readonly Upcaster<ReportRecord, void>[] = [
  {
    // Reports kept before the time allowance have neither figure: no timing was
    // known, and no overtime was charged.
    from: 1,
    change: 'time taken and overtime penalty always present',
    up: (report) => ({ timeTakenSeconds: null, overtimePenalty: 0, ...report }),
  },
];
checkChain('report', REPORT_UPCASTERS);

export const REPORT_RECORD_FORMAT = currentFormat(REPORT_UPCASTERS);

/** The text a finished attempt keeps for its report, with the format it is written in. */
export function reportRecord(report: StoredReport): string {
  return JSON.stringify({ ...report, [FORMAT_KEY]: REPORT_RECORD_FORMAT });
}

export type ReportReading = { ok: true; report: StoredReport } | { ok: false; problem: string };

/**
 * A stored report in today's shape. Refuses (NewerRecordError) a report
 * written by a newer version; anything else unreadable is a problem named
 * for the caller to report.
 */
export function reportFromRecord(
  text: string,
  place: RecordPlace,
  chain: readonly Upcaster<ReportRecord, void>[] = REPORT_UPCASTERS,
): ReportReading {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, problem: 'it is not an object' };
  const { [FORMAT_KEY]: format, ...report } = record as ReportRecord;
  const parsed = storedReportSchema.safeParse(upcast('report', chain, report, formatOf('report', format, place), undefined, place));
  if (!parsed.success) {
    return { ok: false, problem: describeIssues(parsed.error).join('; ') };
  }
  return { ok: true, report: parsed.data };
}
