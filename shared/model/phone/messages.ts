import { currentPage } from '../pages';
import { ACCEPTED, acceptedWith, type Outcome } from '../transitions';
import type { World } from '../world';

/**
 * Opening the phone's Messages while PACER asks for a one-time code, or while
 * enrolling, is waiting for a code by text message: PACER sends none (no SMS,
 * no push; FIDELITY 8, "Methods"). Messages holds nothing from PACER.
 */
export function textMessageExpected(world: World): Outcome {
  const page = currentPage(world);
  const waitingForCode = (page.kind === 'mfa-sign-on' && page.stage === 'code') || page.kind === 'mfa-enrol';
  return waitingForCode ? acceptedWith(null, 'mfa-text-message-expected') : ACCEPTED;
}
