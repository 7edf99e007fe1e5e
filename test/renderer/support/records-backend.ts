import { vi } from 'vitest';
import { contract, type ApiError, type ApiOutput, type ApiResponse, type MethodName } from '../../../shared/api/contract';
import type { AttemptRecord } from '../../../shared/records/attempt-record';
import { attemptsCsv } from '../../../shared/records/attempts-csv';
import { certificateCode, courseCertificateCode, normaliseCode } from '../../../shared/records/certificate-code';
import { xapiStatements } from '../../../shared/records/xapi-statements';
import { FakeBackend } from './fake-backend';

const SECRET = 'c0'.repeat(32);
const RECORD_METHODS = new Set<string>(['records.exportCsv', 'records.exportXapi', 'certificates.issue', 'certificates.issueCourse', 'certificates.verify']);

/**
 * The fake backend, also answering the export and certificate methods with
 * the shared builders over its own attempts (the PDF itself is made in
 * electron/ and tested there: here it is a minimal stand-in document).
 */
export class RecordsFakeBackend extends FakeBackend {
  private readonly recordFailures = new Map<string, ApiError[]>();
  /** Course certificates issued, by code: what verify answers for them. */
  private readonly courseCertificates = new Map<string, { courseTitle: string; scenarioTitles: string[]; score: number; finishedAt: string }>();

  override failNext(method: MethodName, message: string, code: ApiError['code'] = 'internal'): void {
    if (!RECORD_METHODS.has(method)) return super.failNext(method, message, code);
    this.recordFailures.set(method, [...(this.recordFailures.get(method) ?? []), { code, message }]);
  }

  override async call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    if (!RECORD_METHODS.has(method)) return super.call(method, input);
    this.calls.push({ method, input });
    await this.before?.(method, input);
    const failure = this.recordFailures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    const name = method as MethodName;
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: parsed.error.message } };
    const value = this.answer(name, parsed.data as Record<string, unknown>);
    return 'error' in value ? { ok: false, error: value.error } : { ok: true, value: value.value };
  }

  private records(): AttemptRecord[] {
    return [...this.attempts.values()].map(({ attempt }) => ({
      attempt,
      trainee: null,
      scenarioTitle: this.scenarios.get(attempt.scenarioId)?.title ?? attempt.scenarioId,
      scenarioSummary: '',
      hintsUsed: 0,
      mistakesCount: 0,
      complete: true,
    }));
  }

  private facts(attemptId: string) {
    const attempt = this.attempts.get(attemptId)?.attempt;
    if (!attempt) return null;
    const facts = {
      attemptId,
      traineeName: 'Guest',
      barNumber: '',
      scenarioId: attempt.scenarioId,
      scenarioVersion: attempt.scenarioVersion,
      score: attempt.score ?? 0,
      finishedAt: attempt.finishedAt ?? '',
    };
    return { attempt, facts };
  }

  private answer(method: MethodName, input: Record<string, unknown>): { value: unknown } | { error: { code: 'not-found' | 'conflict'; message: string } } {
    switch (method) {
      case 'records.exportCsv':
        return { value: { fileName: 'nextgen-trainer-results-guest.csv', mediaType: 'text/csv;charset=utf-8', content: attemptsCsv(this.records()) } };
      case 'records.exportXapi':
        return {
          value: { fileName: 'nextgen-trainer-xapi-guest.json', mediaType: 'application/json', content: JSON.stringify(xapiStatements(this.records(), { homePage: 'https://nextgen-trainer.invalid' })) },
        };
      case 'certificates.issue': {
        const found = this.facts(String(input.attemptId));
        if (!found) return { error: { code: 'not-found', message: `There is no attempt "${String(input.attemptId)}".` } };
        if (found.attempt.mode !== 'assess' || !found.attempt.passed) return { error: { code: 'conflict', message: 'A CLE certificate is issued only for a passed assessment.' } };
        const code = certificateCode(found.facts, SECRET);
        return { value: { fileName: 'cle-certificate-guest.pdf', code, pdfBase64: btoa(`%PDF-1.7\n% ${code}\n%%EOF\n`) } satisfies ApiOutput<'certificates.issue'> };
      }
      case 'certificates.issueCourse': {
        const progress = this.courseProgressOf((input.traineeId as string | null) ?? null).find((entry) => entry.course.id === input.courseId);
        if (!progress) return { error: { code: 'not-found', message: `There is no course "${String(input.courseId)}".` } };
        const missing = progress.scenarios.filter((scenario) => scenario.counted === null).map((scenario) => `"${scenario.title}"`);
        if (missing.length > 0) return { error: { code: 'conflict', message: `The course is not completed yet: pass an assessment of ${missing.join(', ')} first.` } };
        const counted = progress.scenarios.flatMap((scenario) => (scenario.counted ? [scenario.counted] : []));
        const code = courseCertificateCode({ courseId: progress.course.id, traineeName: 'Guest', barNumber: '', attemptIds: counted.map((attempt) => attempt.id) }, SECRET);
        this.courseCertificates.set(code, {
          courseTitle: progress.course.title,
          scenarioTitles: progress.scenarios.map((scenario) => scenario.title),
          score: counted[0]?.score ?? 0,
          finishedAt: counted[0]?.finishedAt ?? '',
        });
        return { value: { fileName: `cle-course-certificate-guest-${progress.course.id}.pdf`, code, pdfBase64: btoa(`%PDF-1.7\n% ${code}\n%%EOF\n`) } satisfies ApiOutput<'certificates.issueCourse'> };
      }
      case 'certificates.verify': {
        const code = normaliseCode(String(input.code));
        const course = code === null ? undefined : this.courseCertificates.get(code);
        if (course) {
          return {
            value: {
              valid: true,
              kind: 'course',
              traineeName: 'Guest',
              barNumber: '',
              barState: '',
              courseTitle: course.courseTitle,
              creditHours: null,
              scenarioTitles: course.scenarioTitles,
              score: course.score,
              finishedAt: course.finishedAt,
              provider: 'NextGen Trainer',
            } satisfies ApiOutput<'certificates.verify'>,
          };
        }
        const match = [...this.attempts.keys()].map((id) => this.facts(id)).find((found) => found && code && certificateCode(found.facts, SECRET) === code);
        if (!match) return { value: { valid: false, reason: 'No passed assessment recorded by this trainer matches this code.' } };
        return {
          value: {
            valid: true,
            kind: 'scenario',
            traineeName: match.facts.traineeName,
            barNumber: '',
            barState: '',
            courseTitle: null,
            creditHours: null,
            scenarioTitles: [this.scenarios.get(match.attempt.scenarioId)?.title ?? ''],
            score: match.facts.score,
            finishedAt: match.facts.finishedAt,
            provider: 'NextGen Trainer',
          } satisfies ApiOutput<'certificates.verify'>,
        };
      }
      default:
        throw new Error(`${method} is not a records method`);
    }
  }
}

export interface CapturedDownload {
  fileName: string;
  type: string;
  text: () => Promise<string>;
}

/** Catches what the page hands to the browser's download (Blob, object URL, a[download] click). */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`clicked a link to ${this.href}, not a downloaded file`);
    downloads.push({ fileName: this.download, type: blob.type, text: () => readBlob(blob) });
  });
  return downloads;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
