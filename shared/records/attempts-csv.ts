import { durationSeconds, GUEST_NAME, type AttemptRecord } from './attempt-record';

export const CSV_HEADER = [
  'trainee name',
  'e-mail',
  'bar number',
  'bar state',
  'scenario id',
  'scenario title',
  'scenario version',
  'mode',
  'status',
  'started',
  'finished',
  'duration seconds',
  'score',
  'passed',
  'hints used',
  'mistakes count',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula, and one
 * that opens this file splitting on semicolons, tabs or pipes (or reads a
 * line break as a row end) starts a new cell after each of them: a trainee
 * named "x;=1+1" would then carry a live formula. So every piece of a cell
 * that could begin a cell under any common separator gets a leading
 * apostrophe when it starts (after spaces or a quote) with a formula
 * character (OWASP's advice, applied to each piece), and a cell that starts
 * with a tab or carriage return gets one in front of it too.
 */
const PIECE_START = /(?<=[,;\t|\r\n])/;
const FORMULA_START = /^[\s"]*[=+\-@]/;

export function neutraliseFormula(cell: string): string {
  const pieces = cell.split(PIECE_START).map((piece) => (FORMULA_START.test(piece) ? `'${piece}` : piece));
  const joined = pieces.join('');
  return /^[\t\r]/.test(joined) ? `'${joined}` : joined;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, and its quotes doubled. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const text = (value: string | number | boolean | null): string => {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
};

function recordCells(record: AttemptRecord): (string | number | boolean | null)[] {
  const { attempt, trainee } = record;
  return [
    trainee?.name ?? GUEST_NAME,
    trainee?.email ?? '',
    trainee?.barNumber ?? '',
    trainee?.barState ?? '',
    attempt.scenarioId,
    record.scenarioTitle,
    attempt.scenarioVersion,
    attempt.mode,
    attempt.status,
    attempt.startedAt,
    attempt.finishedAt,
    durationSeconds(attempt.startedAt, attempt.finishedAt),
    attempt.score,
    attempt.passed,
    record.hintsUsed,
    record.mistakesCount,
  ];
}

const line = (cells: readonly (string | number | boolean | null)[]) =>
  cells.map((cell) => quoteField(neutraliseFormula(text(cell)))).join(',');

/** One row per attempt under a header row; CRLF line ends as RFC 4180 asks. */
export function attemptsCsv(records: readonly AttemptRecord[]): string {
  return [line(CSV_HEADER), ...records.map((record) => line(recordCells(record)))].map((row) => `${row}\r\n`).join('');
}
