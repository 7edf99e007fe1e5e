import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on these screens, each with the rule that explains it (see mistakes.ts). */
export const ECF_MAINTENANCE_MISTAKES = {
  'ecf-account-changes-not-submitted': {
    title: 'Left Maintain Your ECF Account without clicking Submit',
    rule: 'Changes made under Email Information or More User Information are kept only when you click Return to Account Screen and then Submit; leaving the account screen any other way loses them.',
    remedy: 'Go back to Utilities ▸ Maintain Your ECF Account, make the change again, click Return to Account Screen, then Submit.',
    source: cite('002', '"Adding Additional Email Accounts in CM/ECF", steps 7-8'),
  },
  'filing-agent-internet-payment-not-set': {
    title: 'Filing agent linked without Internet Payment',
    rule: 'Click on the Filing Agent’s name once it has been linked, and the Update Filing Agent Permissions box will appear. Change Internet Payment to Y and click Save.',
    remedy: 'Open More User Information, click the agent’s name, set Internet Payment to Y, click Save, Return to Account Screen, then Submit.',
    source: cite('002', '"Attorney or Trustee: Linking Filing Agent to CM/ECF Account", steps 4-5'),
  },
  'trustee-changed-internet-payment': {
    title: 'A trustee changed a filing agent’s Internet Payment permission',
    rule: 'The Internet Payment change is the attorney’s step: trustees link their filing agents but leave Internet Payment as it is.',
    remedy: 'As a trustee, link the filing agent and Submit without changing Internet Payment.',
    source: cite('002', '"Filing Agents", step 3 (permissions), and court filing-agent guides'),
  },
} satisfies Record<string, MistakeDefinition>;
