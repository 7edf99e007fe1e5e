/**
 * The court and PACER help pages the simulator reproduces. Mistakes and
 * scenarios cite them by number; trainees see the title.
 */
export const SOURCE_DOCUMENTS = {
  '000': 'Bankruptcy Court, E.D. Mo.: "Link an Upgraded PACER Account to a NextGen CM/ECF Account"',
  '001': 'Bankruptcy Court, E.D. Mo.: "CM/ECF NextGen Information"',
  '002': 'District Court, W.D. Mo.: "NextGen - What It Means For You"',
  '003': 'District Court, W.D. Mo.: letter to office managers on the NextGen upgrade (2018)',
  '004': 'PACER: "NextGen CM/ECF Frequently Asked Questions"',
  // Today's rules (FIDELITY 8), from announcements rather than the seed pages.
  'pacer-2025-security':
    'PACER: "Additional Security Enhancements Coming Soon" (June 27, 2025) and the courts\' notices of the password requirements of August 25, 2025',
} as const;

export type SourceNumber = keyof typeof SOURCE_DOCUMENTS;

/** "Bankruptcy Court, E.D. Mo.: "Link an …", step 3" */
export function cite(document: SourceNumber, where?: string): string {
  return where ? `${SOURCE_DOCUMENTS[document]}, ${where}` : SOURCE_DOCUMENTS[document];
}

export function sourceTitle(document: string): string {
  return Object.hasOwn(SOURCE_DOCUMENTS, document) ? SOURCE_DOCUMENTS[document as SourceNumber] : `Court document ${document}`;
}
