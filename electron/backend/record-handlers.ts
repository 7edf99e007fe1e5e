import { randomBytes } from 'node:crypto';
import type { recordMethods } from '../../shared/api/record-methods';
import type { Attempt, AttemptReport, ParsedInput, Trainee } from '../../shared/api/contract';
import { durationSeconds, GUEST_NAME, type AttemptRecord } from '../../shared/records/attempt-record';
import { attemptsCsv } from '../../shared/records/attempts-csv';
import { certificateCode, courseCertificateCode, normaliseCode, type CertificateFacts } from '../../shared/records/certificate-code';
import { averageScore } from '../../shared/records/course-progress';
import type { Store } from '../store/store';
import { ACTIVITY_BASE, xapiStatements } from '../../shared/records/xapi-statements';
import { certificatePdf } from './certificate-pdf-on-demand';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatcher';
import { conflict, notFound } from './errors';

type RecordHandlers = Pick<Handlers, keyof typeof recordMethods>;
type ExportInput = ParsedInput<'records.exportCsv'>;

/** The settings row that keeps this installation's certificate secret: never offered by settings.get/set. */
export const CERTIFICATE_SECRET_KEY = 'certificate-secret';
export const DEFAULT_PROVIDER = 'NextGen Trainer';

/** A file-name-safe word for whose results these are. */
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'trainee';

/** This installation's secret, made once (32 random bytes) and kept in the settings table. */
export function installationSecret(store: Store): string {
  return store.transaction(() => {
    const existing = store.settings.get(CERTIFICATE_SECRET_KEY);
    if (existing) return existing;
    const secret = randomBytes(32).toString('hex');
    store.settings.set(CERTIFICATE_SECRET_KEY, secret);
    return secret;
  });
}

/** The court or organisation a certificate names (settings), or the trainer itself. */
export const certificateProvider = (store: Store) => store.settings.get('organisation')?.trim() || DEFAULT_PROVIDER;

const isCertifiable = (attempt: Attempt) => attempt.status === 'finished' && attempt.mode === 'assess' && attempt.passed === true;

/** Exports of results and CLE certificates. */
export function recordHandlers(ctx: HandlerContext): RecordHandlers {
  const { store } = ctx;

  const storedReport = (attemptId: string): AttemptReport | null => store.attempts.report(attemptId);

  function recordOf(attempt: Attempt): AttemptRecord {
    const scenario = ctx.scenarios.get(attempt.scenarioId, attempt.scenarioVersion);
    const report = storedReport(attempt.id);
    return {
      attempt,
      trainee: traineeOf(attempt),
      scenarioTitle: scenario.title,
      scenarioSummary: scenario.summary,
      hintsUsed: report?.hintsUsed ?? null,
      mistakesCount: report?.mistakes.length ?? null,
      complete: report?.complete ?? null,
    };
  }

  /** The attempts asked for, oldest first (the order a spreadsheet or an LRS reads them in). */
  function recordsFor({ traineeId, all }: ExportInput): { records: AttemptRecord[]; who: string } {
    let who = 'all';
    let attempts: Attempt[];
    if (all === true) attempts = store.attempts.list({});
    else if (traineeId === null || traineeId === undefined) {
      who = 'guest';
      attempts = store.attempts.list({}).filter((attempt) => attempt.traineeId === null);
    } else {
      const trainee = store.trainees.find(traineeId);
      if (!trainee) throw notFound(`There is no trainee "${traineeId}".`);
      who = slug(trainee.name);
      attempts = store.attempts.list({ traineeId });
    }
    return { records: attempts.filter((attempt) => attempt.mode !== 'watch').reverse().map(recordOf), who };
  }

  const certificateSecret = () => installationSecret(store);

  const traineeOf = (attempt: Attempt) => (attempt.traineeId === null ? null : (store.trainees.find(attempt.traineeId) ?? null));


  function factsOf(attempt: Attempt, trainee: Trainee | null): CertificateFacts {
    return {
      attemptId: attempt.id,
      traineeName: trainee?.name ?? GUEST_NAME,
      barNumber: trainee?.barNumber ?? '',
      scenarioId: attempt.scenarioId,
      scenarioVersion: attempt.scenarioVersion,
      score: attempt.score ?? 0,
      finishedAt: attempt.finishedAt ?? '',
    };
  }

  const provider = () => certificateProvider(store);
  const today = () => ctx.timestamp().slice(0, 10);

  return {
    'records.exportCsv': (input) => {
      const { records, who } = recordsFor(input);
      return { fileName: `nextgen-trainer-results-${who}-${today()}.csv`, mediaType: 'text/csv;charset=utf-8', content: attemptsCsv(records) };
    },

    'records.exportXapi': (input) => {
      const { records, who } = recordsFor(input);
      const statements = xapiStatements(records, { homePage: ACTIVITY_BASE });
      return {
        fileName: `nextgen-trainer-xapi-${who}-${today()}.json`,
        mediaType: 'application/json',
        content: `${JSON.stringify(statements, null, 2)}\n`,
      };
    },

    'certificates.issue': async ({ attemptId }) => {
      const attempt = store.attempts.find(attemptId);
      if (!attempt) throw notFound(`There is no attempt "${attemptId}".`);
      if (attempt.status !== 'finished') {
        throw conflict('This attempt is not finished. A CLE certificate is issued only for a passed assessment.');
      }
      if (attempt.mode !== 'assess') {
        throw conflict('This attempt was practice. A CLE certificate is issued only for a passed assessment.');
      }
      const report = storedReport(attemptId);
      if (!isCertifiable(attempt) || !report) {
        throw conflict(
          `This assessment was not passed (score ${attempt.score ?? 0}, pass mark ${report?.passMark ?? '—'}). A CLE certificate is issued only for a passed assessment.`,
        );
      }
      const record = recordOf(attempt);
      const facts = factsOf(attempt, record.trainee);
      const code = certificateCode(facts, certificateSecret());
      // The register keeps what this certificate states, so later profile or provider edits don't void it.
      store.certificates.record({
        kind: 'scenario',
        code,
        attemptId: attempt.id,
        traineeName: facts.traineeName,
        barNumber: facts.barNumber,
        barState: record.trainee?.barState ?? '',
        scenarioTitles: [record.scenarioTitle],
        score: facts.score,
        timeSpentSeconds: durationSeconds(attempt.startedAt, attempt.finishedAt) ?? 0,
        finishedAt: facts.finishedAt,
        provider: provider(),
        issuedAt: ctx.timestamp(),
      });
      const issued = store.certificates.find(code)!;
      const pdf = await certificatePdf({
        kind: 'scenario',
        traineeName: issued.traineeName,
        barNumber: issued.barNumber,
        barState: issued.barState,
        scenarioTitle: issued.scenarioTitles[0] ?? record.scenarioTitle,
        scenarioVersion: attempt.scenarioVersion,
        provider: issued.provider,
        finishedAt: facts.finishedAt,
        durationSeconds: issued.timeSpentSeconds,
        score: facts.score,
        passMark: report.passMark,
        code,
      });
      return {
        fileName: `cle-certificate-${slug(facts.traineeName)}-${attempt.scenarioId}.pdf`,
        code,
        pdfBase64: Buffer.from(pdf).toString('base64'),
      };
    },

    'certificates.verify': ({ code: typed }) => {
      const code = normaliseCode(typed);
      if (code === null) {
        return { valid: false, reason: 'This is not a certificate code. A code looks like NGT-XXXX-XXXX-XXXX.' };
      }
      const issued = store.certificates.find(code);
      // The register row is checked too: the code must still follow from its facts, the
      // attempts it counts (still passed assessments) and this installation's secret.
      if (issued?.kind === 'scenario') {
        const attempt = store.attempts.find(issued.attemptId);
        const facts: CertificateFacts | null =
          attempt && isCertifiable(attempt)
            ? {
                attemptId: attempt.id,
                traineeName: issued.traineeName,
                barNumber: issued.barNumber,
                scenarioId: attempt.scenarioId,
                scenarioVersion: attempt.scenarioVersion,
                score: attempt.score ?? 0,
                finishedAt: attempt.finishedAt ?? '',
              }
            : null;
        if (facts && certificateCode(facts, certificateSecret()) === code) {
          return {
            valid: true,
            kind: 'scenario',
            traineeName: issued.traineeName,
            barNumber: issued.barNumber,
            barState: issued.barState,
            courseTitle: null,
            creditHours: null,
            scenarioTitles: issued.scenarioTitles,
            score: facts.score,
            finishedAt: facts.finishedAt,
            provider: issued.provider,
          };
        }
      }
      if (issued?.kind === 'course') {
        const attempts = issued.attemptIds.map((attemptId) => store.attempts.find(attemptId));
        const counted = attempts.filter((attempt): attempt is Attempt => attempt !== undefined && isCertifiable(attempt));
        const oneTrainee = new Set(counted.map((attempt) => attempt.traineeId)).size === 1;
        const expected = courseCertificateCode(
          { courseId: issued.courseId, traineeName: issued.traineeName, barNumber: issued.barNumber, attemptIds: issued.attemptIds },
          certificateSecret(),
        );
        if (counted.length === attempts.length && counted.length > 0 && oneTrainee && expected === code) {
          return {
            valid: true,
            kind: 'course',
            traineeName: issued.traineeName,
            barNumber: issued.barNumber,
            barState: issued.barState,
            courseTitle: issued.courseTitle,
            creditHours: issued.creditHours,
            scenarioTitles: issued.scenarioTitles,
            // What the certificate states follows from the attempts it counts, not from the register row.
            score: averageScore(counted.map((attempt) => attempt.score ?? 0)),
            finishedAt: counted.map((attempt) => attempt.finishedAt ?? '').sort().at(-1) ?? '',
            provider: issued.provider,
          };
        }
      }
      return {
        valid: false,
        reason: 'No passed assessment recorded by this trainer matches this code. Check every character, or ask the provider that issued it.',
      };
    },
  };
}
