/**
 * The seed every property test runs with: fixed, so a failure found once is
 * found again, and printed, so a run with another seed can be repeated.
 * `PROPERTY_SEED=123 npm run test:unit` explores other sequences.
 */
export const PROPERTY_SEED = Number.parseInt(process.env.PROPERTY_SEED ?? '20261203', 10);

let printed = false;

/** fast-check's settings with the seed, printed once per test file. */
export function seeded<T extends object>(settings: T): T & { seed: number } {
  if (!printed) {
    console.info(`[property tests] seed ${PROPERTY_SEED} (rerun with PROPERTY_SEED=${PROPERTY_SEED})`);
    printed = true;
  }
  return { ...settings, seed: PROPERTY_SEED };
}
