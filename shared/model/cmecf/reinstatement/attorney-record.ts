/**
 * Comparing the bar number the attorney typed on the reinstatement screen
 * (seed 002, step 11) with the court's record; names compare with
 * person-names.ts.
 */

/** A bar number as written on a bar card: spaces, "#" and a "No." prefix aside, letters in capitals. */
export function normaliseBarNumber(value: string): string {
  return value
    .toUpperCase()
    .replace(/^(BAR\s*)?(NO\.?|NUMBER|#)\s*/, '')
    .replace(/[\s#]/g, '');
}

export function sameBarNumber(typed: string, onRecord: string): boolean {
  return normaliseBarNumber(typed) !== '' && normaliseBarNumber(typed) === normaliseBarNumber(onRecord);
}
