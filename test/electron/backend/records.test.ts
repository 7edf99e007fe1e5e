import { describe, expect, test } from 'vitest';
import type { Attempt, Trainee } from '../../../shared/api/contract';
import { certificateCode, CODE_ALPHABET } from '../../../shared/records/certificate-code';
import { xapiStatementsSchema } from '../../../shared/records/xapi-schema';
import { pdfText } from '../../support/pdf-text';
import { builtinScenario } from '../../support/scenarios';
import { failure, openBackend, unwrap, type TestBackend } from '../support/backend';
import { walkthroughEvents } from '../support/walkthrough';

const ID = 'cmecf-link-bankruptcy';
const scenario = builtinScenario(ID);

interface Issued {
  fileName: string;
  code: string;
  pdfBase64: string;
}
type Verified =
  | {
      valid: true;
      kind: 'scenario' | 'course';
      traineeName: string;
      barNumber: string;
      barState: string;
      courseTitle: string | null;
      creditHours: number | null;
      scenarioTitles: string[];
      score: number;
      finishedAt: string;
      provider: string;
    }
  | { valid: false; reason: string };
interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
}

async function createTrainee(backend: TestBackend, trainee: Partial<Trainee> = {}): Promise<Trainee> {
  return unwrap<Trainee>(await backend.call('trainees.create', { name: 'Dana Whitfield', email: 'dana@whitfield-law.test', barNumber: '58213', barState: 'Missouri', ...trainee }));
}

/** An attempt played with the walkthrough (all of it, or only its first steps), then finished. */
async function playAttempt(backend: TestBackend, options: { mode?: 'assess' | 'practice'; traineeId?: string | null; steps?: number; finish?: boolean } = {}): Promise<Attempt> {
  const started = unwrap<{ attempt: Attempt; events: { event: { type: string; salt?: string } }[] }>(
    await backend.call('attempts.start', { scenarioId: ID, mode: options.mode ?? 'assess', traineeId: options.traineeId ?? null }),
  );
  const salt = started.events[0]?.event.salt ?? '';
  const events = walkthroughEvents(scenario, salt).slice(0, options.steps);
  for (const [index, event] of events.entries()) {
    unwrap(await backend.call('attempts.append', { attemptId: started.attempt.id, seq: index + 1, event }));
  }
  if (options.finish === false) return started.attempt;
  return unwrap<{ attempt: Attempt }>(await backend.call('attempts.finish', { attemptId: started.attempt.id, reason: events.length === scenario.walkthrough.length ? 'completed' : 'gave-up' })).attempt;
}

describe('CLE certificates', () => {
  test('a passed assessment gets a one-page landscape PDF naming the trainee, the scenario, the score and the code', async () => {
    const backend = openBackend();
    unwrap(await backend.call('settings.set', { key: 'organisation', value: 'U.S. Bankruptcy Court, Eastern District of Missouri' }));
    const dana = await createTrainee(backend);
    const attempt = await playAttempt(backend, { traineeId: dana.id });
    expect(attempt).toMatchObject({ status: 'finished', mode: 'assess', passed: true });

    const issued = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id }));
    expect(issued.code).toMatch(new RegExp(`^NGT(-[${CODE_ALPHABET}]{4}){3}$`));
    expect(issued.fileName).toBe('cle-certificate-dana-whitfield-cmecf-link-bankruptcy.pdf');
    const bytes = Buffer.from(issued.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { pageCount, pages, width, height } = await pdfText(bytes);
    expect(pageCount).toBe(1);
    expect(width).toBeGreaterThan(height);
    const text = pages[0] ?? '';
    for (const expected of [
      'Certificate of Completion',
      'Dana Whitfield',
      'Bar number 58213, Missouri',
      scenario.title,
      `${attempt.score} / 100 (pass mark ${scenario.rubric.passMark})`,
      `Verification code: ${issued.code}`,
      'U.S. Bankruptcy Court, Eastern District of Missouri',
      'Verify this certificate in NextGen Trainer: Verify certificate.',
      'Training simulator — not the real PACER/CM/ECF',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('the same attempt always gets the same code; another attempt another code', async () => {
    const backend = openBackend();
    const first = await playAttempt(backend);
    const second = await playAttempt(backend);
    const code = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: first.id })).code;
    expect(unwrap<Issued>(await backend.call('certificates.issue', { attemptId: first.id })).code).toBe(code);
    expect(unwrap<Issued>(await backend.call('certificates.issue', { attemptId: second.id })).code).not.toBe(code);
  });

  test('practice, a failed assessment and an unfinished one get no certificate, and are told why', async () => {
    const backend = openBackend();
    const practice = await playAttempt(backend, { mode: 'practice' });
    const failed = await playAttempt(backend, { steps: 2 });
    const open = await playAttempt(backend, { finish: false });
    expect(failed.passed).toBe(false);
    expect(failure(await backend.call('certificates.issue', { attemptId: practice.id }), 'conflict')).toMatch(/was practice.*only for a passed assessment/);
    expect(failure(await backend.call('certificates.issue', { attemptId: failed.id }), 'conflict')).toMatch(
      new RegExp(`not passed \\(score ${failed.score}, pass mark ${scenario.rubric.passMark}\\)`),
    );
    expect(failure(await backend.call('certificates.issue', { attemptId: open.id }), 'conflict')).toMatch(/not finished/);
    expect(failure(await backend.call('certificates.issue', { attemptId: 'no-such-attempt' }), 'not-found')).toMatch(/no-such-attempt/);
  });

  test('verify: the issued code is valid with its details; a tampered one, or a non-code, is not', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const attempt = await playAttempt(backend, { traineeId: dana.id });
    const { code } = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id }));

    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: ` ${code.toLowerCase()} ` }))).toEqual({
      valid: true,
      kind: 'scenario',
      traineeName: 'Dana Whitfield',
      barNumber: '58213',
      barState: 'Missouri',
      courseTitle: null,
      creditHours: null,
      scenarioTitles: [scenario.title],
      score: attempt.score,
      finishedAt: attempt.finishedAt,
      provider: 'NextGen Trainer',
    });

    const last = code.at(-1) ?? '2';
    const tampered = `${code.slice(0, -1)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % 32]}`;
    const rejected = unwrap<Verified>(await backend.call('certificates.verify', { code: tampered }));
    expect(rejected).toMatchObject({ valid: false, reason: expect.stringMatching(/No passed assessment .* matches this code/) });
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: 'not a code' }))).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/not a certificate code/),
    });
  });

  test('a certificate stays valid as issued after the profile and the provider change', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const attempt = await playAttempt(backend, { traineeId: dana.id });
    const { code } = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id }));

    unwrap(await backend.call('trainees.update', { id: dana.id, name: 'Dana Whitfield-Okafor', email: '', barNumber: '99999', barState: 'Illinois' }));
    unwrap(await backend.call('settings.set', { key: 'organisation', value: 'Another CLE Provider' }));

    expect(unwrap<Verified>(await backend.call('certificates.verify', { code }))).toMatchObject({
      valid: true,
      traineeName: 'Dana Whitfield',
      barNumber: '58213',
      barState: 'Missouri',
      provider: 'NextGen Trainer',
    });
    // A certificate issued after the change states the new facts, under its own code; both verify.
    const renewed = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id })).code;
    expect(renewed).not.toBe(code);
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: renewed }))).toMatchObject({
      valid: true,
      traineeName: 'Dana Whitfield-Okafor',
      provider: 'Another CLE Provider',
    });
  });

  test('the secret stays with the installation: a restart verifies, another installation does not', async () => {
    const backend = openBackend();
    const attempt = await playAttempt(backend);
    const { code } = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id }));
    backend.close();
    const restarted = openBackend({ dataDir: backend.dataDir });
    expect(unwrap<Verified>(await restarted.call('certificates.verify', { code })).valid).toBe(true);

    // The same facts under another installation's secret do not produce this code.
    const facts = { attemptId: attempt.id, traineeName: 'Guest', barNumber: '', scenarioId: ID, scenarioVersion: 1, score: attempt.score ?? 0, finishedAt: attempt.finishedAt ?? '' };
    expect(certificateCode(facts, '00'.repeat(32))).not.toBe(code);
    // ...and the secret is not one of the settings a screen can read.
    expect(failure(await restarted.call('settings.get', { key: 'certificate-secret' }), 'bad-input')).toMatch(/key:/);
  });

  test('a name the standard PDF fonts cannot write still gives a certificate', async () => {
    const backend = openBackend();
    const trainee = await createTrainee(backend, { name: 'Łukasz Żółć 李雷 🙂', barNumber: '' });
    const attempt = await playAttempt(backend, { traineeId: trainee.id });
    const issued = unwrap<Issued>(await backend.call('certificates.issue', { attemptId: attempt.id }));
    const text = (await pdfText(Buffer.from(issued.pdfBase64, 'base64'))).pages[0] ?? '';
    expect(text).toContain('Lukasz Zólc ?? ?'); // ó is in WinAnsi; Ł and ż lose their marks; what has no Latin form becomes ?
    expect(text).not.toContain('Bar number');
    expect(unwrap<Verified>(await backend.call('certificates.verify', { code: issued.code }))).toMatchObject({ valid: true, traineeName: 'Łukasz Żółć 李雷 🙂' });
  });
});

describe('exports', () => {
  test('CSV: one row per attempt of the trainee asked for, oldest first, with a dated file name', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend, { name: '=cmd|calc' });
    await playAttempt(backend, { traineeId: dana.id, mode: 'practice' });
    await playAttempt(backend, { traineeId: dana.id });
    await playAttempt(backend); // a guest's: not Dana's

    const file = unwrap<ExportFile>(await backend.call('records.exportCsv', { traineeId: dana.id }));
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    expect(file.fileName).toMatch(/^nextgen-trainer-results-cmd-calc-2024-03-01\.csv$/);
    const rows = file.content.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^'=cmd\|calc,dana@whitfield-law\.test,58213,Missouri,cmecf-link-bankruptcy,.*,1,practice,finished,/);
    expect(rows[2]).toContain(',assess,finished,');

    const guest = unwrap<ExportFile>(await backend.call('records.exportCsv', { traineeId: null }));
    expect(guest.content.trimEnd().split('\r\n').slice(1)).toEqual([expect.stringMatching(/^Guest,,,,cmecf-link-bankruptcy,/)]);
    const everyone = unwrap<ExportFile>(await backend.call('records.exportCsv', { all: true }));
    expect(everyone.content.trimEnd().split('\r\n')).toHaveLength(4);
    expect(failure(await backend.call('records.exportCsv', { traineeId: 'nobody' }), 'not-found')).toMatch(/nobody/);
  });

  test('xAPI: schema-valid statements for the finished attempts only', async () => {
    const backend = openBackend();
    const dana = await createTrainee(backend);
    const passed = await playAttempt(backend, { traineeId: dana.id });
    await playAttempt(backend, { traineeId: dana.id, steps: 1 });
    await playAttempt(backend, { traineeId: dana.id, finish: false });

    const file = unwrap<ExportFile>(await backend.call('records.exportXapi', { traineeId: dana.id }));
    expect(file).toMatchObject({ mediaType: 'application/json', fileName: 'nextgen-trainer-xapi-dana-whitfield-2024-03-01.json' });
    const statements = xapiStatementsSchema.parse(JSON.parse(file.content));
    expect(statements.map((statement) => statement.verb.display['en-US'])).toEqual(['passed', 'failed']);
    expect(statements[0]).toMatchObject({
      actor: { mbox: 'mailto:dana@whitfield-law.test' },
      object: { id: `https://nextgen-trainer.invalid/scenarios/${ID}/v1` },
      result: { score: { raw: passed.score }, success: true, completion: true },
      timestamp: passed.finishedAt,
    });
  });
});
