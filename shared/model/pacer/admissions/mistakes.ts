import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const ADMISSION_MISTAKES = {
  'efile-request-legacy-account': {
    title: 'Requested e-filing with a legacy PACER account',
    rule: 'In order to request admission to practice, you must have an upgraded individual PACER account.',
    remedy: 'Upgrade the account first (Manage My Account, Upgrade beside the Account Type), then request e-filing.',
    source: cite('002', 'Attorney Bar Registration, Registration for Admission'),
  },
  'efile-request-from-paa': {
    title: 'Requested e-filing from a PACER Administrative Account',
    rule: 'The PACER Administrative Account is for billing and managing the firm’s accounts; it will not allow you to access case information, and it cannot file.',
    remedy: 'Log in to Manage My Account with your own individual upgraded PACER account and request e-filing there.',
    source: `${cite('002', 'PACER Administrative Accounts')}; ${cite('003')}`,
  },
  'efile-request-shared-account': {
    title: 'Requested e-filing with a shared (firm) PACER account',
    rule: 'You MUST have your own individual PACER account. E-filing attorneys are not able to use shared PACER accounts.',
    remedy: 'Register your own individual PACER account, then request e-filing from it.',
    source: cite('002', 'NextGen - What It Means For You'),
  },
  'efile-request-duplicate': {
    title: 'Requested e-filing in a court where you already have a CM/ECF account',
    rule: 'If you already have a CM/ECF account with the court, link your PACER login to your CM/ECF credentials; a new e-filing request is the fallback only when linking does not work.',
    remedy: 'Use "Link a CM/ECF account to my PACER account" in the court’s CM/ECF Utilities menu; if the link still fails, then submit a new e-filing request.',
    source: `${cite('002', 'Registering for a PACER Account, step 17')}; ${cite('004')}`,
  },
  'filing-agent-attorney-path': {
    title: 'A filing agent used the attorney registration',
    rule: 'Filing Agents MUST register under Non-Attorney E-File Registration.',
    remedy: 'Use Maintenance ▸ Non-Attorney Admission/E-File Registration and choose Filing Agent as the Role in Court.',
    source: cite('002', 'Filing Agents, Process for Filing Agents, step 1'),
  },
  'efile-acknowledgment-skipped': {
    title: 'A required acknowledgment was not checked',
    rule: 'Check the box acknowledging that you are submitting the e-file registration for the individual listed above, and the two E-Filing Terms of Use / Terms and Conditions boxes before you click Submit.',
    remedy: 'Read each acknowledgment and check its box, then continue.',
    source: cite('002', 'Bankruptcy Attorneys, steps 13 and 16'),
  },
  'admission-document-not-pdf': {
    title: 'The admission certificates were not uploaded as a PDF',
    rule: 'Attach the Certificates from Two Active, 5-Year Members of this Court’s Bar: the two certificates should be saved and uploaded as one PDF document.',
    remedy: 'Save both certificates as one PDF file, then click Upload and +Browse again.',
    source: cite('002', 'Attorney Bar Registration, Document Upload'),
  },
  'paa-card-for-admission-fee': {
    title: 'Tried to pay the admission fee with the firm’s PAA card',
    rule: 'A PACER Administrative Account pays PACER search fees only; filing fees and admission fees need a payment method in the individual account.',
    remedy: 'Pay with a card stored in your own Manage My Account, or enter a card at payment time.',
    source: `${cite('003')}; ${cite('002', 'Saving Payment Information for PACER and E-Filing')}`,
  },
} satisfies Record<string, MistakeDefinition>;
