import { vi } from 'vitest';
import { contract, type ApiError, type ApiOutput, type ApiResponse, type MethodName } from '../../../shared/api/contract';
import type { AttemptRecord } from '../../../shared/records/attempt-record';
import { attemptsCsv } from '../../../shared/records/attempts-csv';
import { certificateCode, normaliseCode } from '../../../shared/records/certificate-code';
import { xapiStatements } from '../../../shared/records/xapi-statements';
import { FakeBackend } from './fake-backend';

const SECRET = 'c0'.repeat(32);
const RECORD_METHODS = new Set<string>(['records.exportCsv', 'records.exportXapi', 'certificates.issue', 'certificates.verify']);

/**
 * The fake backend, also answering the export and certificate methods with
 * the shared builders over its own attempts (the PDF itself is made in
 * electron/ and tested there: here it is a minimal stand-in document).
 */
export class RecordsFakeBackend extends FakeBackend {
  private readonly recordFailures = new Map<string, ApiError[]>();

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
      case 'certificates.verify': {
        const code = normaliseCode(String(input.code));
        const match = [...this.attempts.keys()].map((id) => this.facts(id)).find((found) => found && code && certificateCode(found.facts, SECRET) === code);
        if (!match) return { value: { valid: false, reason: 'No passed assessment recorded by this trainer matches this code.' } };
        return {
          value: {
            valid: true,
            traineeName: match.facts.traineeName,
            barNumber: '',
            barState: '',
            scenarioTitle: this.scenarios.get(match.attempt.scenarioId)?.title ?? '',
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
