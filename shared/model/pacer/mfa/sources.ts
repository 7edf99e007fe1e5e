/**
 * Where today's MFA rules are stated (FIDELITY 8 and its source P28). The
 * numbered seed pages predate MFA, so these are cited by title.
 */
export const MFA_SOURCES = {
  announcement: 'PACER: “Additional Security Enhancements Coming Soon” (announcement, June 27, 2025)',
  tips: 'PACER: “MFA tips and resources” (announcement, February 5, 2026)',
  faq: 'U.S. District Court, C.D. Cal.: “PACER Multifactor Authentication (MFA) FAQs”',
  setup: 'U.S. Bankruptcy Court, S.D. Cal.: “Multifactor Authentication Setup Instructions for PACER”',
} as const;
