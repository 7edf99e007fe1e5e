import type { ParsedAddress } from '../../addresses';
import type { World } from '../../world';

/** Pages of the PACER information site (home, Register for an Account, Court CM/ECF Lookup) and of registration. */
export type RegistrationPage = never;

/** Every kind of RegistrationPage, so the site view can tell these pages apart. */
export const REGISTRATION_PAGE_KINDS = [] as const satisfies readonly RegistrationPage['kind'][];

export function registrationPageAt(_world: World, _address: ParsedAddress): RegistrationPage | null {
  return null;
}
