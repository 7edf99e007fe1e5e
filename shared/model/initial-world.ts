import { EMPTY_ECF_MAINTENANCE } from './cmecf/maintenance/state';
import type { ResolvedScenario } from '../scenario/schema';
import { initialCaseFilingState } from './cmecf/case-filing/state';
import { initialCourtSideState } from './cmecf/court-state';
import { initialReinstatementState } from './cmecf/reinstatement/state';
import { knownSecret } from './credentials';
import { initialRegistrationState } from './pacer/registration/state';
import { initialManageAccountState } from './pacer/account/state';
import { emptyAdmissionsState } from './pacer/admissions/state';
import { initialMfaWorld } from './pacer/mfa/initial';
import type { EcfAccount, PacerAccount, World, AttemptMode } from './world';

export interface AttemptStart {
  salt: string;
  mode: AttemptMode;
}

/** The world as the scenario sets it up, before the trainee does anything. */
export function initialWorld(scenario: ResolvedScenario, start: AttemptStart): World {
  const pacerAccounts: Record<string, PacerAccount> = {};
  for (const { password, mfa: _mfa, ...account } of scenario.world.pacerAccounts) {
    pacerAccounts[account.accountNumber] = { ...account, passwordDigest: knownSecret(start.salt, password).digest };
  }
  const ecfAccounts: Record<string, EcfAccount> = {};
  for (const { password, ...account } of scenario.world.ecfAccounts) {
    ecfAccounts[account.id] = { ...account, passwordDigest: knownSecret(start.salt, password).digest };
  }
  return {
    scenarioId: scenario.id,
    clock: scenario.clock.start,
    courts: Object.fromEntries(scenario.courts.map((court) => [court.id, court])),
    pacerAccounts,
    ecfAccounts,
    requests: [],
    mailbox: [],
    session: {
      history: [],
      historyIndex: -1,
      signedInAccount: null,
      signOnCourt: null,
      courtSessions: {},
      pendingLink: null,
      notice: null,
    },
    traineeEmail: scenario.persona.email,
    nextTransactionId: scenario.world.firstTransactionId,
    salt: start.salt,
    mode: start.mode,
    era: scenario.era,
    registration: initialRegistrationState(scenario.world.registrant ?? null),
    manageAccount: initialManageAccountState(),
    courtSide: initialCourtSideState(),
    reinstatement: initialReinstatementState(),
    caseFiling: initialCaseFilingState(scenario.world.cases),
    admissions: emptyAdmissionsState(scenario.world.admissions),
    ecfMaintenance: EMPTY_ECF_MAINTENANCE,
    ...initialMfaWorld(scenario, start.salt),
  };
}
