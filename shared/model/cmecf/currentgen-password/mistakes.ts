import type { MistakeDefinition } from '../../mistake-definition';
import { cite } from '../../sources';

/** Wrong moves at a court's CurrentGen CM/ECF login before its NextGen upgrade, each with the letter's rule. */
export const CURRENTGEN_PASSWORD_MISTAKES = {
  'pacer-credentials-before-go-live': {
    title: 'PACER login typed at the court’s CM/ECF login before its NextGen upgrade',
    rule: 'Each attorney must know his/her current CM/ECF login and password for filing documents. If an attorney does not currently know his/her login or password, please use the “Forgot Your Password” feature from the CM/ECF login page. One login and password for PACER and the court comes only with NextGen.',
    remedy:
      'Until the court upgrades to NextGen, log in with the CM/ECF login and password the court issued you. If you do not know the password, use Forgot Your Password? on the CM/ECF login page.',
    source: cite('003', '“What must an attorney do to prepare for NextGen?”'),
  },
} satisfies Record<string, MistakeDefinition>;
