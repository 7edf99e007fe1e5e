/**
 * Comparing what the attorney typed on the reinstatement screen (seed 002,
 * step 11) with the court's record of the attorney account.
 */

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/** A name's words first-to-last: "Villanueva, Tomas R." is Tomas R. Villanueva; accents, suffixes and punctuation dropped. */
function nameWords(name: string): string[] {
  const parts = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(',')
    .map((part) =>
      part
        .replace(/[^a-z\s-]/g, ' ')
        .split(/\s+/)
        .filter((word) => word.length > 1 && !NAME_SUFFIXES.has(word)),
    )
    .filter((part) => part.length > 0);
  const [last, first] = parts;
  return parts.length === 2 && last && first ? [...first, ...last] : parts.flat();
}

/** The same attorney when first and last names agree (middle names, initials, case, accents and order aside). */
export function sameAttorneyName(typed: string, onRecord: string): boolean {
  const a = nameWords(typed);
  const b = nameWords(onRecord);
  return a.length > 0 && a[0] === b[0] && a.at(-1) === b.at(-1);
}

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
