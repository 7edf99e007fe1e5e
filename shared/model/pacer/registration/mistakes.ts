import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const REGISTRATION_MISTAKES = {
  'wrong-user-type': {
    title: 'Wrong User Type on the Account Information form',
    rule: 'Under User Type at the bottom of the form, select INDIVIDUAL. If you work for a government agency, make the appropriate selection from the Government Accounts category (a federal government attorney selects FEDERAL GOVERNMENT).',
    remedy: 'Choose INDIVIDUAL for your own account, or FEDERAL GOVERNMENT (Government Accounts) if you register as a federal employee; never a firm or commercial type for a person who will file.',
    source: cite('002', 'Instructions for Registering for a PACER Account, step 5, and Federal Government Attorney, step 5'),
  },
  'second-account-registered': {
    title: 'Registered a second PACER account',
    rule: 'Register for a new PACER account only if you do not have an account; a registration that matches an existing account is held, and its case search stays inactive.',
    remedy: 'Use your existing PACER account (upgrade it if it is a legacy account). For help with it, call the PACER Service Center at (800) 676-6856.',
    source: `${cite('004')}; ${cite('002', 'Instructions for Registering for a PACER Account')}`,
  },
  'validation-token-wrong': {
    title: 'Wrong validation token',
    rule: 'An account validation token will be sent to your email address. Copy the security code and paste it into the Validation Token box, then click Next.',
    remedy: 'Open the latest PACER e-mail in the Mailbox and copy its security code exactly.',
    source: cite('002', 'Instructions for Registering for a PACER Account, steps 8-10'),
  },
  'access-before-activation': {
    title: 'Expected instant access without a credit card',
    rule: 'For instant access to PACER, the credit card information will be validated. If you submit your registration request without providing credit card information, you will receive an activation code by U.S. mail in 7-10 business days.',
    remedy: 'Wait for the activation letter and enter its code in Manage My Account, or give a credit card at registration for instant access.',
    source: cite('002', 'Instructions for Registering for a PACER Account, step 12'),
  },
  'activation-code-wrong': {
    title: 'Wrong activation code',
    rule: 'An account registered without a credit card is activated with the activation code the PACER Service Center mails by U.S. mail.',
    remedy: 'Type the activation code exactly as printed in the letter.',
    source: cite('002', 'Instructions for Registering for a PACER Account, step 12'),
  },
  'attorney-path-for-filing-agent': {
    title: 'Filing agent registered through Attorney Filers',
    rule: 'Filing Agents MUST register under Non-Attorney E-File Registration: register for a Non-Attorney PACER account.',
    remedy: 'Start again from Register for an Account > Non-Attorney Filers.',
    source: cite('002', 'Filing Agents, Process for Filing Agents, step 1'),
  },
} satisfies Record<string, MistakeDefinition>;
