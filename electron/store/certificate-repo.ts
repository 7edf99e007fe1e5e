import type { Database } from 'better-sqlite3';

/** An issued certificate, as it was stated on the PDF. */
export interface IssuedCertificate {
  code: string;
  attemptId: string;
  traineeName: string;
  barNumber: string;
  barState: string;
  scenarioTitle: string;
  score: number;
  finishedAt: string;
  provider: string;
  issuedAt: string;
}

interface CertificateRow {
  code: string;
  attempt_id: string;
  trainee_name: string;
  bar_number: string;
  bar_state: string;
  scenario_title: string;
  score: number;
  finished_at: string;
  provider: string;
  issued_at: string;
}

const fromRow = (row: CertificateRow): IssuedCertificate => ({
  code: row.code,
  attemptId: row.attempt_id,
  traineeName: row.trainee_name,
  barNumber: row.bar_number,
  barState: row.bar_state,
  scenarioTitle: row.scenario_title,
  score: row.score,
  finishedAt: row.finished_at,
  provider: row.provider,
  issuedAt: row.issued_at,
});

export function createCertificateRepo(db: Database) {
  const insert = db.prepare<[CertificateRow]>(
    `INSERT OR IGNORE INTO certificates
       (code, attempt_id, trainee_name, bar_number, bar_state, scenario_title, score, finished_at, provider, issued_at)
     VALUES (@code, @attempt_id, @trainee_name, @bar_number, @bar_state, @scenario_title, @score, @finished_at, @provider, @issued_at)`,
  );
  const byCode = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE code = ?');
  return {
    /** Records a certificate; issuing the same one again keeps the first record. */
    record(certificate: IssuedCertificate): void {
      insert.run({
        code: certificate.code,
        attempt_id: certificate.attemptId,
        trainee_name: certificate.traineeName,
        bar_number: certificate.barNumber,
        bar_state: certificate.barState,
        scenario_title: certificate.scenarioTitle,
        score: certificate.score,
        finished_at: certificate.finishedAt,
        provider: certificate.provider,
        issued_at: certificate.issuedAt,
      });
    },
    find(code: string): IssuedCertificate | undefined {
      const row = byCode.get(code);
      return row ? fromRow(row) : undefined;
    },
  };
}

export type CertificateRepo = ReturnType<typeof createCertificateRepo>;
