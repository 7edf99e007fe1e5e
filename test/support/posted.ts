import type { TrainerEvent } from '../../shared/model/events';
import { maskCardFields } from '../../shared/model/sensitive-numbers';

/**
 * A walkthrough event as the page posts it: the simulated sites' card and
 * bank-account fields (`data-mask`) send stand-ins, never the typed number
 * (see SimForm). Tests that follow a walkthrough on screen compare with this.
 */
export function asPagePosts(event: TrainerEvent): TrainerEvent {
  return event.type === 'form/submitted' ? { ...event, fields: maskCardFields(event.fields) } : event;
}
