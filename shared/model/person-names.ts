/**
 * Whether two written names are the same person's, as a clerk would judge
 * it: the PACER and CM/ECF account names on the link screen (seed 000,
 * step 7), or the attorney name typed on a reinstatement (seed 002, step 11).
 */

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/** A name's words first-to-last: "Whitfield, Dana M." is Dana M. Whitfield; accents, suffixes and punctuation dropped. */
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

/** Names match when first and last names agree, ignoring middle names, initials, suffixes, accents, punctuation, case and "Last, First" order. */
export function namesMatch(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  return left.length > 0 && left[0] === right[0] && left.at(-1) === right.at(-1);
}
