import { mfaAccount, mfaState } from '../pacer/mfa/state';
import type { World } from '../world';
import { phoneEntries, shownCode } from './state';

/**
 * A walkthrough cannot write down a time-based code: it depends on the
 * attempt's key and on the simulated time the step plays at. A scripted
 * form field may say PHONE_CODE instead; it is replaced, when the step's
 * event is built, by the code the phone shows at that moment for the
 * account the screen asks about — as a person reads it off the phone.
 */
export const PHONE_CODE = '{{phone-code}}';

/** The code the phone shows now for the account signing on or enrolling, or null when it shows none. */
export function phoneCodeForScreen(world: World): string | null {
  const state = mfaState(world);
  const accountNumber = state.enrolment?.accountNumber ?? state.pending?.accountNumber ?? null;
  if (accountNumber === null) return null;
  const keys = new Set([...(state.enrolment?.setupKey ? [state.enrolment.setupKey] : []), ...mfaAccount(world, accountNumber).apps.map((app) => app.setupKey)]);
  const entry = [...phoneEntries(world)].reverse().find((candidate) => keys.has(candidate.setupKey));
  return entry ? (shownCode(entry, world.clock)?.code ?? null) : null;
}

/** Field values with PHONE_CODE replaced by the phone's current code ('' when the phone shows none). */
export function withPhoneCode(fields: Readonly<Record<string, string>>, world: World): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value === PHONE_CODE ? (phoneCodeForScreen(world) ?? '') : value]));
}
