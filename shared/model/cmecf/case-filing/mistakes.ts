import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves on the civil filing screens, each with the rule that explains it (see mistakes.ts). */
export const CASE_FILING_MISTAKES = {
  'agent-filed-without-choosing-principal': {
    title: 'Began a filing as a filing agent without choosing whom it is for',
    rule: 'A "Filing Agent" is a user that can file on behalf of attorneys or trustees: when the filing agent uses their login and password, the attorneys’ or trustees’ name will appear in the docket text as the filer.',
    remedy: 'Click Utilities, then Change User: select the attorney or trustee you are filing for and click Submit. Then open the filing menu again.',
    source: cite('002', 'Filing Agents'),
  },
} satisfies Record<string, MistakeDefinition>;
