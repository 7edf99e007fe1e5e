import { expect, test } from 'vitest';
import { createKnownSecrets, nativeSlowDigest } from '../../../electron/backend/known-secrets';
import { digestPassword, knownSecret, toSecret } from '../../../shared/model/credentials';
import { builtinScenario } from '../../support/scenarios';

test('the scenario passwords digested off the main thread are the digests the model computes itself', async () => {
  const scenario = builtinScenario('cmecf-link-bankruptcy');
  const salt = 'known-secrets-test-salt';
  const knownSecrets = createKnownSecrets();
  knownSecrets.prepare('attempt-1', scenario, salt);
  await knownSecrets.ready('attempt-1');
  const passwords = [...scenario.world.pacerAccounts, ...scenario.world.ecfAccounts].map((account) => account.password);
  expect(passwords.length).toBeGreaterThan(0);
  for (const password of passwords) {
    expect(await nativeSlowDigest(salt, password)).toBe(digestPassword(salt, password));
    expect(knownSecret(salt, password)).toEqual(toSecret(salt, password));
  }
  await expect(knownSecrets.ready('an attempt never prepared')).resolves.toBeUndefined();
});
