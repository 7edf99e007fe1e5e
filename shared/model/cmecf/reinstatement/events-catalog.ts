/**
 * The events the Attorney Reinstatement menu lists in its Available Events
 * box (seed 002, step 7: "In the Available Events box, select Attorney
 * reinstatement"). The others are attorney events a filer may mistake for it.
 */
export interface CmecfEventChoice {
  /** Value the form posts. */
  id: string;
  /** Label as the box lists it. */
  label: string;
}

export const ATTORNEY_REINSTATEMENT_EVENT: CmecfEventChoice = { id: 'atty-reinstatement', label: 'Attorney reinstatement' };

export const AVAILABLE_ATTORNEY_EVENTS: readonly CmecfEventChoice[] = [
  { id: 'atty-appearance', label: 'Notice of attorney appearance' },
  ATTORNEY_REINSTATEMENT_EVENT,
  { id: 'good-standing', label: 'Certificate of good standing request' },
  { id: 'pro-hac-vice', label: 'Motion for leave to appear pro hac vice' },
];

export function eventChoice(id: string): CmecfEventChoice | null {
  return AVAILABLE_ATTORNEY_EVENTS.find((event) => event.id === id) ?? null;
}
