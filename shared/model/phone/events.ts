import type { EventOf } from '../events';
import { ACCEPTED, onPage, refused, unchanged, type Applied } from '../transitions';
import type { World } from '../world';
import { textMessageExpected } from './messages';
import { phoneState, withPhoneState, type PhoneEntry } from './state';
import { base32Decode } from '../pacer/mfa/totp';
import { mfaState } from '../pacer/mfa/state';

/** What the simulated phone does with the trainee's taps: scanning a QR code, typing a key, opening Messages. */

export const PHONE_MESSAGES = {
  noQrCode: 'There is no QR code on the screen to scan.',
  keyInvalid: 'That key is not valid. Check the setup key and type it again.',
  nameRequired: 'Enter an account name.',
} as const;

/** A setup key shorter than 80 bits is one mistyped or cut short. */
const MIN_KEY_BYTES = 10;

function addEntry(world: World, entry: Omit<PhoneEntry, 'id' | 'addedAt'>): World {
  const { entries } = phoneState(world);
  if (entries.some((existing) => existing.setupKey === entry.setupKey && existing.accountName === entry.accountName)) return world;
  return withPhoneState(world, { entries: [...entries, { ...entry, id: `entry-${entries.length + 1}`, addedAt: world.clock }] });
}

/** The QR code on the enrolment screen carries the setup key for the account enrolling. */
function scanQrCode(world: World): Applied {
  const page = onPage(world, 'mfa-enrol');
  const enrolment = mfaState(world).enrolment;
  const account = enrolment ? world.pacerAccounts[enrolment.accountNumber] : undefined;
  if (!page || page.step !== 'app-key' || !enrolment?.setupKey || !account) return unchanged(world, refused(PHONE_MESSAGES.noQrCode));
  return { world: addEntry(world, { issuer: 'PACER', accountName: account.username, setupKey: enrolment.setupKey }), outcome: ACCEPTED };
}

function enterKey(world: World, event: EventOf<'phone/key-entered'>): Applied {
  const accountName = event.accountName.trim();
  if (!accountName) return unchanged(world, refused(PHONE_MESSAGES.nameRequired));
  const key = base32Decode(event.setupKey);
  if (!key || key.length < MIN_KEY_BYTES) return unchanged(world, refused(PHONE_MESSAGES.keyInvalid));
  const setupKey = event.setupKey.replace(/[\s=-]/g, '').toUpperCase();
  return { world: addEntry(world, { issuer: 'PACER', accountName, setupKey }), outcome: ACCEPTED };
}

export function applyPhoneEvent(world: World, event: EventOf<'phone/qr-scanned' | 'phone/key-entered' | 'phone/messages-opened'>): Applied {
  switch (event.type) {
    case 'phone/qr-scanned':
      return scanQrCode(world);
    case 'phone/key-entered':
      return enterKey(world, event);
    case 'phone/messages-opened':
      return { world, outcome: textMessageExpected(world) };
  }
}
