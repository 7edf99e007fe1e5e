import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const REINSTATEMENT_MISTAKES = {
  'wrong-reinstatement-event': {
    title: 'Chose another event instead of Attorney reinstatement',
    rule: 'Click on Attorney Reinstatement; in the Available Events box, select Attorney reinstatement. The event will appear in the Selected Event box.',
    remedy: 'Select Attorney reinstatement in the Available Events box, check that it is in the Selected Event box, then click Next.',
    source: cite('002', 'Attorney Reinstatement, steps 6-8'),
  },
  'attorney-name-wrong': {
    title: 'Attorney Name does not match the court’s record',
    rule: 'Type Attorney Name and Attorney Bar Number in the appropriate boxes: the reinstatement is for your own attorney account.',
    remedy: 'Type your name as the court has it on your CM/ECF attorney account.',
    source: cite('002', 'Attorney Reinstatement, step 11'),
  },
  'attorney-bar-number-wrong': {
    title: 'Wrong attorney bar number',
    rule: 'Type Attorney Name and Attorney Bar Number in the appropriate boxes: the bar number must be the one the court has on record for you.',
    remedy: 'Type the bar number of your admission (from your bar card or the court’s record), without extra characters.',
    source: cite('002', 'Attorney Reinstatement, step 11'),
  },
  'paa-pays-court-fee': {
    title: 'Tried to pay a court fee with the PACER Administrative Account',
    rule: 'PACER Administrative Accounts cannot be used to pay individual attorney court fees such as annual dues payments.',
    remedy: 'At the PACER login for the payment, log in with your own individual PACER account and pay with your own card.',
    source: cite('003', 'What must an attorney do to prepare for NextGen?'),
  },
  'payment-not-authorized': {
    title: 'Submitted the payment without the authorization',
    rule: 'Read the Authorization box and click the check box, then click Submit.',
    remedy: 'Read the authorization, tick its check box, then Submit.',
    source: cite('002', 'Attorney Reinstatement, steps 18-19'),
  },
  'filed-before-reinstatement': {
    title: 'Tried to file in a case before being reinstated',
    rule: 'An attorney who must be reinstated files the Attorney reinstatement event and pays the reinstatement fee first (Click on Attorney Reinstatement).',
    remedy: 'Click Attorney Reinstatement on the menu bar and file the Attorney reinstatement event.',
    source: cite('002', 'Attorney Reinstatement, steps 6-21'),
  },
  'filed-before-status-updated': {
    title: 'Expected the reinstatement to take effect at once',
    rule: 'The system updates your status overnight. If you have something to file today, you should call 573-636-4015 after the payment process is complete and the attorney account will be manually updated by court staff.',
    remedy: 'Wait for the overnight update (let a day pass), or call the Clerk’s Office at 573-636-4015 if you must file today.',
    source: cite('002', 'Attorney Reinstatement, NOTE after step 21'),
  },
} satisfies Record<string, MistakeDefinition>;
