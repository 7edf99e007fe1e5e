import type { CmecfEventChoice } from '../reinstatement/events-catalog';

/**
 * Civil ▸ Other Filings ▸ Other Documents: the events its Available Events
 * box lists. None of them carries a filing fee. Each event's docket text
 * starts with its name in capitals, as district dockets show it.
 */
export interface CivilEvent extends CmecfEventChoice {
  /** How the docket text names the document, e.g. "CERTIFICATE OF SERVICE". */
  docketName: string;
}

export const OTHER_DOCUMENT_EVENTS: readonly CivilEvent[] = [
  { id: 'certificate-of-service', label: 'Certificate of Service', docketName: 'CERTIFICATE OF SERVICE' },
  { id: 'notice-other', label: 'Notice (Other)', docketName: 'NOTICE' },
  { id: 'notice-change-of-address', label: 'Notice of Change of Address', docketName: 'NOTICE of Change of Address' },
  { id: 'status-report', label: 'Status Report', docketName: 'STATUS REPORT' },
  { id: 'notice-of-filing', label: 'Notice of Filing', docketName: 'NOTICE of Filing' },
];

export function civilEvent(id: string): CivilEvent | null {
  return OTHER_DOCUMENT_EVENTS.find((event) => event.id === id) ?? null;
}

/** The Civil menu's entry that opens these events. */
export const OTHER_FILINGS_ENTRY = { menu: 'Civil', label: 'Other Filings' } as const;
