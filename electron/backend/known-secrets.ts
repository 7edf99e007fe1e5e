import { scrypt } from 'node:crypto';
import { PASSWORD_KDF, rememberKnownSecret, saltedDigest, slowDigestSalt } from '../../shared/model/credentials';
import type { ResolvedScenario } from '../../shared/scenario/schema';

/** The same digest as digestPassword, from Node's own scrypt. */
export function nativeSlowDigest(salt: string, password: string): Promise<string> {
  const { N, r, p, dkLen } = PASSWORD_KDF;
  return new Promise((resolve, reject) => {
    // The same scrypt as shared/model/credentials.ts's slowDigest, run in libuv's thread pool.
    scrypt(saltedDigest(salt, password), slowDigestSalt(salt), dkLen, { N, r, p, maxmem: 256 * N * r * p }, (error, key) =>
      error ? reject(error) : resolve(key.toString('hex')),
    );
  });
}

/**
 * Scoring an attempt replays it from the scenario's world, whose accounts'
 * passwords are digested with the attempt's own salt: a few scrypt runs of
 * about 20 ms each. Run on the event loop at attempts.finish, a class
 * finishing at once would queue every other request behind them; so they are
 * started off the main thread when the attempt starts, and finish waits for
 * them (without blocking) before it scores.
 */
export function createKnownSecrets() {
  const preparing = new Map<string, Promise<void>>();
  return {
    /** Starts digesting the scenario's passwords for this attempt's salt. */
    prepare(attemptId: string, scenario: ResolvedScenario, salt: string): void {
      const passwords = new Set([...scenario.world.pacerAccounts, ...scenario.world.ecfAccounts].map((account) => account.password));
      const work = Promise.all(
        [...passwords].map(async (password) => rememberKnownSecret(salt, password, await nativeSlowDigest(salt, password))),
      )
        // If the native run fails, scoring digests them itself, as before.
        .then(() => undefined, () => undefined)
        .finally(() => preparing.delete(attemptId));
      preparing.set(attemptId, work);
    },
    /** Resolves once the digests started for this attempt are remembered (at once if none are under way). */
    ready(attemptId: string): Promise<void> {
      return preparing.get(attemptId) ?? Promise.resolve();
    },
  };
}
