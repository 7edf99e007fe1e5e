import type { ApiOutput } from '../../shared/api/contract';
import { err, ok, type Result } from '../../shared/util/result';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from '../state/store';

export type ExportKind = 'csv' | 'xapi';
export type ExportFile = ApiOutput<'records.exportCsv'>;
export type IssuedCertificate = ApiOutput<'certificates.issue'>;
export type Verification = ApiOutput<'certificates.verify'>;
export type CourseProgress = ApiOutput<'courses.list'>[number];

/**
 * Exports and certificates: one-off requests whose answers the screen that
 * asked keeps (a file to save, a code to show), so this slice holds no
 * state of its own, only the actions, which answer with result values.
 */
export interface RecordsSlice {
  exportRecords(kind: ExportKind, traineeId: string | null): Promise<Result<ExportFile>>;
  issueCertificate(attemptId: string): Promise<Result<IssuedCertificate>>;
  verifyCertificate(code: string): Promise<Result<Verification>>;
  /** Every course, with how far a trainee (null: the guest) has gone in it. */
  listCourses(traineeId: string | null): Promise<Result<CourseProgress[]>>;
  issueCourseCertificate(courseId: string, traineeId: string | null): Promise<Result<IssuedCertificate>>;
}

async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(errorMessage(error));
  }
}

export const createRecordsSlice =
  (api: ApiClient): SliceCreator<RecordsSlice> =>
  () => ({
    exportRecords: (kind, traineeId) => attempt(() => api.call(kind === 'csv' ? 'records.exportCsv' : 'records.exportXapi', { traineeId })),
    issueCertificate: (attemptId) => attempt(() => api.call('certificates.issue', { attemptId })),
    verifyCertificate: (code) => attempt(() => api.call('certificates.verify', { code })),
    listCourses: (traineeId) => attempt(() => api.call('courses.list', { traineeId })),
    issueCourseCertificate: (courseId, traineeId) => attempt(() => api.call('certificates.issueCourse', { courseId, traineeId })),
  });
