import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const ACCOUNT_MISTAKES = {
  'legacy-account-change-attempted': {
    title: 'Tried to change a legacy account before upgrading it',
    rule: 'You will be prompted to upgrade your account when you update any of your account information with the exception of making a payment.',
    remedy: 'Click the Upgrade link next to Account Type and complete the upgrade first; then make the change.',
    source: cite('004'),
  },
  'upgrade-wrong-user-type': {
    title: 'Wrong User Type chosen in the upgrade',
    rule: 'Select INDIVIDUAL as your User Type at the bottom of the first screen.',
    remedy: 'Go back to the Person tab and choose INDIVIDUAL (or your government type if you are a government user).',
    source: cite('002', 'Upgrading Your PACER Account, step 8'),
  },
  'shared-account-upgraded': {
    title: 'A shared (firm) PACER account was upgraded',
    rule: 'Each attorney MUST have his/her own individual PACER account. Shared PACER accounts cannot be used by filing attorneys once the Court has upgraded.',
    remedy: 'Leave the firm account for research only and register or upgrade an individual PACER account of your own.',
    source: cite('003'),
  },
  'upgrade-old-credentials-reused': {
    title: 'Old username or password kept in the upgrade',
    rule: 'Create a NEW username and password at the Security screen.',
    remedy: 'Choose a username and a password you have not used for this account before.',
    source: cite('002', 'Upgrading Your PACER Account, step 8'),
  },
  'autobill-not-acknowledged': {
    title: 'Autobill chosen without the acknowledgment',
    rule: 'If you check the box for Autobill PACER fees, you will need to check the box in the PACER Search Fees Auto Billing Acknowledgment pop up box; click Submit.',
    remedy: 'Check the acknowledgment box in the pop-up, then click Submit.',
    source: cite('002', 'Saving Payment Information for PACER and E-Filing, step 8'),
  },
  'paa-used-for-search-or-filing': {
    title: 'PACER Administrative Account used to search or file',
    rule: 'The PAA will not allow you to access case information; each attorney uses an individual PACER account to search and to file.',
    remedy: 'Use the PAA only in Manage My Account for billing and membership; log in to PACER and CM/ECF with an individual account.',
    source: `${cite('002', 'PACER Administrative Accounts')}; ${cite('003')}`,
  },
  'paa-card-for-court-fees': {
    title: 'PAA payment method set for court fees',
    rule: 'PACER Administrative Accounts cannot be used to pay individual attorney court fees such as annual dues payments.',
    remedy: 'Store the card for e-filing and admissions fees in the attorney’s own individual account; the PAA card pays PACER fees only.',
    source: cite('003'),
  },
} satisfies Record<string, MistakeDefinition>;
