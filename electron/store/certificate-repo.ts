import type { Database } from 'better-sqlite3';

/** What every issued certificate states, as it was printed on the PDF. */
interface CertificateStatement {
  code: string;
  traineeName: string;
  barNumber: string;
  barState: string;
  /** The scenario's title, or every title of the course's scenarios, in the course's order. */
  scenarioTitles: string[];
  /** The assessment's score; for a course the average of the passing scores counted. */
  score: number;
  timeSpentSeconds: number;
  /** When the assessment finished; for a course when its last counted assessment did. */
  finishedAt: string;
  provider: string;
  issuedAt: string;
}

/** An issued certificate: for one passed assessment, or for a completed course. */
export type IssuedCertificate =
  | (CertificateStatement & { kind: 'scenario'; attemptId: string })
  | (CertificateStatement & { kind: 'course'; courseId: string; courseTitle: string; creditHours: number | null; attemptIds: string[] });

interface CertificateRow {
  code: string;
  kind: 'scenario' | 'course';
  attempt_id: string | null;
  course_id: string | null;
  course_title: string | null;
  credit_hours: number | null;
  attempt_ids: string;
  scenario_titles: string;
  trainee_name: string;
  bar_number: string;
  bar_state: string;
  score: number;
  time_spent_seconds: number;
  finished_at: string;
  provider: string;
  issued_at: string;
}

const stringArray = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
};

function fromRow(row: CertificateRow): IssuedCertificate {
  const statement: CertificateStatement = {
    code: row.code,
    traineeName: row.trainee_name,
    barNumber: row.bar_number,
    barState: row.bar_state,
    scenarioTitles: stringArray(row.scenario_titles),
    score: row.score,
    timeSpentSeconds: row.time_spent_seconds,
    finishedAt: row.finished_at,
    provider: row.provider,
    issuedAt: row.issued_at,
  };
  if (row.kind === 'scenario') return { ...statement, kind: 'scenario', attemptId: row.attempt_id ?? '' };
  return {
    ...statement,
    kind: 'course',
    courseId: row.course_id ?? '',
    courseTitle: row.course_title ?? '',
    creditHours: row.credit_hours,
    attemptIds: stringArray(row.attempt_ids),
  };
}

function toRow(certificate: IssuedCertificate): CertificateRow {
  const course = certificate.kind === 'course' ? certificate : null;
  return {
    code: certificate.code,
    kind: certificate.kind,
    attempt_id: certificate.kind === 'scenario' ? certificate.attemptId : null,
    course_id: course?.courseId ?? null,
    course_title: course?.courseTitle ?? null,
    credit_hours: course?.creditHours ?? null,
    attempt_ids: JSON.stringify(certificate.kind === 'scenario' ? [certificate.attemptId] : certificate.attemptIds),
    scenario_titles: JSON.stringify(certificate.scenarioTitles),
    trainee_name: certificate.traineeName,
    bar_number: certificate.barNumber,
    bar_state: certificate.barState,
    score: certificate.score,
    time_spent_seconds: certificate.timeSpentSeconds,
    finished_at: certificate.finishedAt,
    provider: certificate.provider,
    issued_at: certificate.issuedAt,
  };
}

export function createCertificateRepo(db: Database) {
  const insert = db.prepare<[CertificateRow]>(
    `INSERT OR IGNORE INTO certificates
       (code, kind, attempt_id, course_id, course_title, credit_hours, attempt_ids, scenario_titles,
        trainee_name, bar_number, bar_state, score, time_spent_seconds, finished_at, provider, issued_at)
     VALUES (@code, @kind, @attempt_id, @course_id, @course_title, @credit_hours, @attempt_ids, @scenario_titles,
        @trainee_name, @bar_number, @bar_state, @score, @time_spent_seconds, @finished_at, @provider, @issued_at)`,
  );
  const byCode = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE code = ?');
  return {
    /** Records a certificate; issuing the same one again keeps the first record. */
    record(certificate: IssuedCertificate): void {
      insert.run(toRow(certificate));
    },
    find(code: string): IssuedCertificate | undefined {
      const row = byCode.get(code);
      return row ? fromRow(row) : undefined;
    },
  };
}

export type CertificateRepo = ReturnType<typeof createCertificateRepo>;
