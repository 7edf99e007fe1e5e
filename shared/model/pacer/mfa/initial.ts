import type { ResolvedScenario } from '../../../scenario/schema';
import type { PhoneEntry } from '../../phone/state';
import type { World } from '../../world';
import { setupKey } from './codes';
import type { MfaAccountState, MfaState } from './state';

/**
 * MFA and the phone as a 2025 scenario starts. Each enrolled app's key is
 * made from the attempt's salt, so no scenario file holds one and no two
 * attempts share one; the phone holds the keys of the apps the scenario
 * puts on it. Scenarios of the 2018-2022 era get neither.
 */
export function initialMfaWorld(scenario: ResolvedScenario, salt: string): Pick<World, 'mfa' | 'phone'> {
  if (scenario.era !== '2025') return {};
  const accounts: Record<string, MfaAccountState> = {};
  const entries: PhoneEntry[] = [];
  for (const account of scenario.world.pacerAccounts) {
    const filer = scenario.world.ecfAccounts.some((ecf) => ecf.linkedPacerAccount === account.accountNumber);
    const given = account.mfa;
    const apps = (given?.apps ?? []).map((app, index) => ({
      id: `app-start-${index + 1}`,
      name: app.name,
      setupKey: setupKey(salt, account.accountNumber, `start-${index + 1}`),
      addedAt: `${app.addedOn}T09:00:00`,
    }));
    (given?.apps ?? []).forEach((app, index) => {
      const enrolled = apps[index];
      if (app.onPhone && enrolled) {
        entries.push({ id: `entry-${entries.length + 1}`, issuer: 'PACER', accountName: account.username, setupKey: enrolled.setupKey, addedAt: enrolled.addedAt });
      }
    });
    accounts[account.accountNumber] = {
      apps,
      backupCodes: (given?.backupCodes ?? []).map((code) => ({ code: code.code, used: code.used })),
      backupCodesSaved: (given?.backupCodes.length ?? 0) > 0,
      skipsUsed: given?.skipsUsed ?? 0,
      prompted: given?.prompted ?? filer,
    };
  }
  const mfa: MfaState = { accounts, pending: null, enrolment: null, signOns: [], removedApps: [], issued: 0 };
  return { mfa, phone: { entries, lostAt: scenario.world.phone.lostAt } };
}
