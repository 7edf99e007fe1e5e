import type { z } from 'zod';
import type { World } from '../../model/world';
import { ACCOUNT_CHECKS } from './account';
import { ADMISSION_CHECKS } from './admissions';
import { COURT_SIDE_CHECKS } from './court-side';
import { CURRENTGEN_PASSWORD_CHECKS } from './currentgen-password';
import { ECF_MAINTENANCE_CHECKS } from './ecf-maintenance';
import { LINKING_CHECKS } from './linking';
import { REGISTRATION_CHECKS } from './registration';
import { REINSTATEMENT_CHECKS } from './reinstatement';
import { CASE_FILING_CHECKS } from './case-filing';
import { MFA_CHECKS } from './mfa';

/** Every objective check a scenario can use, by kind. */
export const CHECKS = {
  ...LINKING_CHECKS,
  ...REGISTRATION_CHECKS,
  ...ACCOUNT_CHECKS,
  ...ADMISSION_CHECKS,
  ...COURT_SIDE_CHECKS,
  ...CURRENTGEN_PASSWORD_CHECKS,
  ...ECF_MAINTENANCE_CHECKS,
  ...REINSTATEMENT_CHECKS,
  ...CASE_FILING_CHECKS,
  ...MFA_CHECKS,
};

type Checks = typeof CHECKS;
export type CheckKind = keyof Checks;
export type ObjectiveCheck = { [K in CheckKind]: z.infer<Checks[K]['schema']> }[CheckKind];
export type ObjectiveCheckInput = { [K in CheckKind]: z.input<Checks[K]['schema']> }[CheckKind];

/** Whether an objective's check holds in a world. */
export function checkHolds(check: ObjectiveCheck, world: World): boolean {
  const definition = CHECKS[check.kind] as { holds: (check: ObjectiveCheck, world: World) => boolean };
  return definition.holds(check, world);
}
