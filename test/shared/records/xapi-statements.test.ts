import { describe, expect, test } from 'vitest';
import { xapiStatementSchema, xapiStatementsSchema } from '../../../shared/records/xapi-schema';
import { isoDuration, statementId, XAPI_EXTENSIONS, xapiStatements } from '../../../shared/records/xapi-statements';
import { describeIssues } from '../../../shared/util/issues';
import { DANA, recordOf } from './record-fixtures';

const HOME = 'https://nextgen-trainer.invalid';

describe('results as xAPI statements', () => {
  test('a passed assessment: actor by e-mail, verb passed, the scenario version as the activity, the full result', () => {
    const [statement, ...rest] = xapiStatements([recordOf()], { homePage: HOME });
    expect(rest).toEqual([]);
    const parsed = xapiStatementSchema.safeParse(statement);
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);
    expect(statement).toMatchObject({
      actor: { objectType: 'Agent', name: 'Dana Whitfield', mbox: 'mailto:dana@whitfield-law.test' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: {
        objectType: 'Activity',
        id: 'https://nextgen-trainer.invalid/scenarios/cmecf-link-bankruptcy/v1',
        definition: { name: { 'en-US': 'Link your CM/ECF account to PACER (bankruptcy court)' } },
      },
      result: { score: { scaled: 0.92, raw: 92, min: 0, max: 100 }, success: true, completion: true, duration: 'PT4M12S' },
      timestamp: '2024-03-01T09:04:12.000Z',
      context: { extensions: { [XAPI_EXTENSIONS.mode]: 'assess', [XAPI_EXTENSIONS.hintsUsed]: 0 } },
    });
  });

  test('a failed assessment says failed; practice says completed, with its hints', () => {
    const statements = xapiStatements(
      [
        recordOf({ attempt: { id: 'a-failed', passed: false, score: 35 }, complete: false }),
        recordOf({ attempt: { id: 'a-practice', mode: 'practice', passed: true }, hintsUsed: 3 }),
      ],
      { homePage: HOME },
    );
    expect(xapiStatementsSchema.safeParse(statements).success).toBe(true);
    expect(statements.map((statement) => statement.verb.display['en-US'])).toEqual(['failed', 'completed']);
    expect(statements[0]?.result).toMatchObject({ success: false, completion: false, score: { scaled: 0.35, raw: 35 } });
    expect(statements[1]?.context.extensions).toEqual({ [XAPI_EXTENSIONS.mode]: 'practice', [XAPI_EXTENSIONS.hintsUsed]: 3 });
  });

  test('a trainee without e-mail, and a guest, are identified by an account on the home page', () => {
    const statements = xapiStatements([recordOf({ trainee: { ...DANA, email: '' } }), recordOf({ trainee: null, attempt: { id: 'a-guest', traineeId: null } })], {
      homePage: HOME,
    });
    expect(statements.map((statement) => statement.actor)).toEqual([
      { objectType: 'Agent', name: 'Dana Whitfield', account: { homePage: HOME, name: DANA.id } },
      { objectType: 'Agent', name: 'Guest', account: { homePage: HOME, name: 'guest' } },
    ]);
    expect(xapiStatementsSchema.safeParse(statements).success).toBe(true);
  });

  test('only finished attempts become statements', () => {
    const statements = xapiStatements(
      [
        recordOf({ attempt: { id: 'open', status: 'in-progress', finishedAt: null, score: null, passed: null } }),
        recordOf({ attempt: { id: 'dropped', status: 'abandoned', score: null, passed: null } }),
        recordOf({ attempt: { id: 'done' } }),
      ],
      { homePage: HOME },
    );
    expect(statements.map((statement) => statement.id)).toEqual([statementId('done')]);
  });

  test('the statement id is a UUID, stable per attempt and different between attempts', () => {
    expect(statementId('attempt-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementId('attempt-1')).toBe(statementId('attempt-1'));
    expect(statementId('attempt-2')).not.toBe(statementId('attempt-1'));
  });

  test.each([
    [0, 'PT0S'],
    [59, 'PT59S'],
    [60, 'PT1M'],
    [252, 'PT4M12S'],
    [3600, 'PT1H'],
    [3723, 'PT1H2M3S'],
  ])('%i seconds is %s', (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected);
  });

  test('the schema refuses what an LRS would refuse', () => {
    const [statement] = xapiStatements([recordOf()], { homePage: HOME });
    expect(xapiStatementSchema.safeParse({ ...statement, verb: { id: 'http://example.test/verbs/won', display: { 'en-US': 'won' } } }).success).toBe(false);
    expect(xapiStatementSchema.safeParse({ ...statement, result: { ...statement?.result, duration: '4 minutes' } }).success).toBe(false);
    expect(xapiStatementSchema.safeParse({ ...statement, actor: { objectType: 'Agent', name: 'Dana', mbox: 'dana@firm.test' } }).success).toBe(false);
  });
});
