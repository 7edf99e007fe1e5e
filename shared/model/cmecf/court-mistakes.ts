import type { MistakeDefinition } from '../mistake-definition';
import { cite } from '../sources';

/** Wrong moves on the court side beyond the link screens (CurrentGen login, appellate link, linking per court), each with its rule. */
export const COURT_SIDE_MISTAKES = {
  'pacer-credentials-at-currentgen-login': {
    title: 'PACER credentials typed at a CurrentGen court’s CM/ECF login',
    rule: 'The CurrentGen CM/ECF system requires two separate usernames and passwords; only once a court implements NextGen can you use your PACER username and password for both.',
    remedy: 'At a CurrentGen court, log in with the CM/ECF login and password the court issued you. Look up whether a court has upgraded to NextGen before you use your PACER login there.',
    source: cite('004'),
  },
  'appellate-username-capitals': {
    title: 'Appellate filer username typed with capital letters',
    rule: 'The appellate courts’ filer usernames are lower case: a link attempt with capitals fails. If the linking process failed, please try again.',
    remedy: 'Retype the appellate filer username in all lowercase letters, then Submit again.',
    source: `${cite('004')} (appellate link advice)`,
  },
  'link-assumed-to-cover-other-courts': {
    title: 'Took a link in one court to cover another court',
    rule: 'Linking is done for each court: you need to register (and link) for each court in which you wish to file. A link at one court does not bring the filing menus of another.',
    remedy: 'In every NextGen court where you file, open Utilities and link your CM/ECF account to your PACER account there too.',
    source: `${cite('004')}; ${cite('000', 'step 9')}`,
  },
} satisfies Record<string, MistakeDefinition>;
