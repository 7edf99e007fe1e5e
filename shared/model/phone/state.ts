import { base32Decode, clockSeconds, secondsRemaining, timeStep, totp } from '../pacer/mfa/totp';
import type { World } from '../world';

/**
 * The trainee's simulated phone, beside the Mailbox: an authenticator app
 * holding the keys it was given, showing each one's current code from the
 * simulated clock. A scenario may say the phone is lost, from the start or
 * from a moment on (`lostAt`): the trainee then holds a replacement phone,
 * whose authenticator starts empty — the keys added before are gone with
 * the lost one.
 */

export interface PhoneEntry {
  id: string;
  /** "PACER", as the otpauth:// address names the issuer, or what the trainee typed. */
  issuer: string;
  /** The PACER username the code is for. */
  accountName: string;
  setupKey: string;
  addedAt: string;
}

export interface PhoneState {
  entries: PhoneEntry[];
  /** When the phone was lost (null: never); entries added before then are gone. */
  lostAt: string | null;
}

const EMPTY_PHONE: PhoneState = { entries: [], lostAt: null };

export function phoneState(world: World): PhoneState {
  return world.phone ?? EMPTY_PHONE;
}

export function withPhoneState(world: World, change: Partial<PhoneState>): World {
  return { ...world, phone: { ...phoneState(world), ...change } };
}

export function phoneLost(world: World): boolean {
  const { lostAt } = phoneState(world);
  return lostAt !== null && world.clock >= lostAt;
}

/** The entries the phone in hand holds: after a loss, only those added to the replacement. */
export function phoneEntries(world: World): PhoneEntry[] {
  const { entries, lostAt } = phoneState(world);
  if (!phoneLost(world) || lostAt === null) return entries;
  return entries.filter((entry) => entry.addedAt >= lostAt);
}

export interface ShownCode {
  code: string;
  /** Seconds before the app shows the next code. */
  secondsLeft: number;
}

/** What the app shows for an entry at the world's simulated time. */
export function shownCode(entry: PhoneEntry, clock: string): ShownCode | null {
  const key = base32Decode(entry.setupKey);
  if (!key) return null;
  const now = clockSeconds(clock);
  return { code: totp(key, now), secondsLeft: secondsRemaining(now) };
}

/** The code an entry showed `stepsAgo` time steps before the world's clock (0: now). */
export function codeStepsAgo(setupKey: string, clock: string, stepsAgo: number): string | null {
  const key = base32Decode(setupKey);
  if (!key) return null;
  return totp(key, (timeStep(clockSeconds(clock)) - stepsAgo) * 30);
}
