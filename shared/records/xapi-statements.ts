import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { durationSeconds, GUEST_NAME, type AttemptRecord } from './attempt-record';
import { XAPI_VERBS, type XapiStatement } from './xapi-schema';

/** Where activity and extension ids live: an address that can never resolve (RFC 2606). */
export const ACTIVITY_BASE = 'https://nextgen-trainer.invalid';
export const XAPI_EXTENSIONS = {
  mode: `${ACTIVITY_BASE}/xapi/extensions/mode`,
  hintsUsed: `${ACTIVITY_BASE}/xapi/extensions/hints-used`,
} as const;

export interface XapiOptions {
  /** The account home page for trainees without an e-mail address. */
  homePage: string;
}

/** PT4M12S: hours, minutes and seconds, with PT0S for no time at all. */
export function isoDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || whole === 0 ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

/**
 * A stable statement id per attempt (a name-based UUID from SHA-256), so an
 * LRS that receives the same export twice keeps one statement, not two.
 */
export function statementId(attemptId: string): string {
  const hex = bytesToHex(sha256(utf8ToBytes(`nextgen-trainer:attempt:${attemptId}`))).slice(0, 32).split('');
  hex[12] = '8'; // version 8: a custom, name-based UUID
  hex[16] = ['8', '9', 'a', 'b'][Number.parseInt(hex[16] ?? '0', 16) % 4] ?? '8'; // the RFC 9562 variant
  const id = hex.join('');
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

function actorOf(record: AttemptRecord, homePage: string): XapiStatement['actor'] {
  const { trainee } = record;
  if (trainee?.email) return { objectType: 'Agent', name: trainee.name, mbox: `mailto:${trainee.email}` };
  return { objectType: 'Agent', name: trainee?.name ?? GUEST_NAME, account: { homePage, name: trainee?.id ?? 'guest' } };
}

function verbOf(record: AttemptRecord): XapiStatement['verb'] {
  const verb = record.attempt.mode !== 'assess' ? 'completed' : record.attempt.passed ? 'passed' : 'failed';
  return { id: XAPI_VERBS[verb], display: { 'en-US': verb } };
}

function statementOf(record: AttemptRecord, homePage: string, finishedAt: string): XapiStatement {
  const { attempt } = record;
  const score = attempt.score ?? 0;
  return {
    id: statementId(attempt.id),
    actor: actorOf(record, homePage),
    verb: verbOf(record),
    object: {
      objectType: 'Activity',
      id: `${ACTIVITY_BASE}/scenarios/${encodeURIComponent(attempt.scenarioId)}/v${attempt.scenarioVersion}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'en-US': record.scenarioTitle },
        description: { 'en-US': record.scenarioSummary || record.scenarioTitle },
      },
    },
    result: {
      score: { scaled: Math.round(score * 100) / 10000, raw: score, min: 0, max: 100 },
      success: attempt.passed === true,
      completion: record.complete ?? true,
      duration: isoDuration(durationSeconds(attempt.startedAt, finishedAt) ?? 0),
    },
    timestamp: finishedAt,
    context: {
      platform: 'NextGen Trainer',
      language: 'en-US',
      extensions: { [XAPI_EXTENSIONS.mode]: attempt.mode, [XAPI_EXTENSIONS.hintsUsed]: record.hintsUsed ?? 0 },
    },
  };
}

/** xAPI 1.0.3 statements for the finished attempts among `records` (unfinished ones have no result yet). */
export function xapiStatements(records: readonly AttemptRecord[], options: XapiOptions): XapiStatement[] {
  return records.flatMap((record) =>
    record.attempt.status === 'finished' && record.attempt.finishedAt !== null
      ? [statementOf(record, options.homePage, record.attempt.finishedAt)]
      : [],
  );
}
