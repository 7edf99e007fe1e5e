import type { TrainerEvent } from '../../shared/model/events';
import { maskBankAccountNumber, maskCardNumber } from '../../shared/model/sensitive-numbers';

const CARD_FIELDS = new Set(['cardNumber']);
const BANK_FIELDS = new Set(['bankAccountNumber', 'confirmBankAccountNumber']);

/**
 * A walkthrough event as the page posts it: the simulated sites' card and
 * bank-account fields (`data-mask`) send stand-ins, never the typed number
 * (see SimForm). Tests that follow a walkthrough on screen compare with this.
 */
export function asPagePosts(event: TrainerEvent, salt: string): TrainerEvent {
  if (event.type !== 'form/submitted') return event;
  const fields = Object.fromEntries(
    Object.entries(event.fields).map(([name, value]) => [
      name,
      CARD_FIELDS.has(name) ? maskCardNumber(salt, value) : BANK_FIELDS.has(name) ? maskBankAccountNumber(salt, value) : value,
    ]),
  );
  return { ...event, fields };
}
