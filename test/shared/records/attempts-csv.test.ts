import { describe, expect, test } from 'vitest';
import { attemptsCsv, CSV_HEADER, neutraliseFormula, quoteField } from '../../../shared/records/attempts-csv';
import { DANA, recordOf } from './record-fixtures';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('results as CSV', () => {
  test('a header row, then one row per attempt with every column filled in', () => {
    const rows = parseCsv(attemptsCsv([recordOf(), recordOf({ attempt: { id: 'attempt-2', mode: 'practice', passed: false, score: 40 }, hintsUsed: 2 })]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Dana Whitfield',
      'dana@whitfield-law.test',
      '58213',
      'MO',
      'cmecf-link-bankruptcy',
      'Link your CM/ECF account to PACER (bankruptcy court)',
      '1',
      'assess',
      'finished',
      '2024-03-01T09:00:00.000Z',
      '2024-03-01T09:04:12.000Z',
      '252',
      '92',
      'yes',
      '0',
      '1',
    ]);
    expect(rows[2]?.slice(7, 8)).toEqual(['practice']);
    expect(rows[2]?.slice(12)).toEqual(['40', 'no', '2', '1']);
  });

  test('lines end in CRLF, and a guest or unfinished attempt leaves its blanks empty', () => {
    const csv = attemptsCsv([recordOf({ trainee: null, attempt: { status: 'in-progress', finishedAt: null, score: null, passed: null }, hintsUsed: null, mistakesCount: null })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(parseCsv(csv)[1]).toEqual(['Guest', '', '', '', 'cmecf-link-bankruptcy', expect.any(String), '1', 'assess', 'in-progress', '2024-03-01T09:00:00.000Z', '', '', '', '', '', '']);
  });

  test('commas, quotes and line breaks are quoted as RFC 4180 says and read back intact', () => {
    const name = 'Whitfield, Dana "DW"\nEsq.';
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a "b"')).toBe('"a ""b"""');
    const csv = attemptsCsv([recordOf({ trainee: { ...DANA, name } })]);
    expect(csv).toContain('"Whitfield, Dana ""DW""\nEsq."');
    expect(parseCsv(csv)[1]?.[0]).toBe(name);
  });

  /**
   * What a spreadsheet sees when it opens the file splitting on `separator`
   * (and on line breaks), ignoring the CSV quoting: a cell it would run as a
   * formula starts, after spaces and quotes, with = + - or @.
   */
  function liveFormulas(csv: string, separator: string): string[] {
    return csv
      .split(/[\r\n]+/)
      .flatMap((row) => row.split(separator))
      .filter((piece) => /^[\s"]*[=+\-@]/.test(piece));
  }

  test.each([
    ['=HYPERLINK("http://evil.test","Click")'],
    ['+1+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['x;=1+1'],
    ['x\t=1+1'],
    ['x|=1+1'],
    ['x, =1+1'],
    ['x; "=1+1"'],
    ['Dana\n@SUM(A1:A9)'],
    ['a;b|c\t-2+3'],
  ])('a hostile name %j cannot run as a spreadsheet formula under any common separator', (hostile) => {
    const csv = attemptsCsv([recordOf({ trainee: { ...DANA, name: hostile, email: '' }, scenarioTitle: hostile })]);
    for (const separator of [',', ';', '\t', '|']) expect(liveFormulas(csv, separator), `split on ${JSON.stringify(separator)}`).toEqual([]);
    const cells = parseCsv(csv)[1];
    // Read as the CSV it is, the name is still all there behind the apostrophes.
    expect(cells?.[0]?.replaceAll("'", '')).toBe(hostile);
    expect(cells?.[5]).toBe(cells?.[0]);
    expect(cells?.[0]?.startsWith("'") || !/^[\s"]*[=+\-@]/.test(hostile)).toBe(true);
  });

  test('ordinary text is left as it is', () => {
    expect(neutraliseFormula('Dana Whitfield')).toBe('Dana Whitfield');
    expect(neutraliseFormula('O=Brien')).toBe('O=Brien');
    expect(neutraliseFormula('Smith-Jones; Esq.')).toBe('Smith-Jones; Esq.');
    expect(neutraliseFormula('')).toBe('');
  });
});
