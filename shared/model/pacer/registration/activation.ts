import { field, secret, type FormSubmission } from '../../form-kit';
import { ACCEPTED, pushAddress, refused, type Applied } from '../../transitions';
import { activationDoneUrl } from './pages';
import type { PacerAccount, World } from '../../world';
import { accountState } from '../account/state';
import { sameCode } from './codes';
import { registrationState } from './state';

/**
 * Activation code entry (seed 002, step 12): an account registered without
 * a credit card stays awaiting activation until the code mailed by U.S.
 * mail is entered. Signed in to Manage My Account, only the code is asked;
 * otherwise the username and password identify the account.
 */

export const ACTIVATION_MESSAGES = {
  invalidLogin: 'Invalid username or password.',
  codeRequired: 'Activation Code is required.',
  codeWrong: 'The activation code you entered is not valid. Enter the code exactly as printed in the letter from the PACER Service Center.',
  alreadyActive: 'This account does not need an activation code: its Case Search Status is Active.',
  held: 'This account is on hold. Call the PACER Service Center at (800) 676-6856.',
} as const;

/** The account signed in to Manage My Account (its own sign-in, apart from central sign-on), if any. */
export function manageMyAccountUser(world: World): PacerAccount | null {
  const number = accountState(world).signedIn;
  return number !== null ? (world.pacerAccounts[number] ?? null) : null;
}

function accountToActivate(world: World, submission: FormSubmission): PacerAccount | null {
  const signedIn = manageMyAccountUser(world);
  if (signedIn) return signedIn;
  const username = field(submission, 'username').toLowerCase();
  const password = secret(submission, 'password');
  const account = Object.values(world.pacerAccounts).find((candidate) => candidate.username.toLowerCase() === username);
  return account && password && account.passwordDigest === password.digest ? account : null;
}

export function submitActivationCode(world: World, submission: FormSubmission): Applied {
  const account = accountToActivate(world, submission);
  if (!account) return { world, outcome: refused(ACTIVATION_MESSAGES.invalidLogin) };
  if (account.caseSearchStatus === 'active') return { world, outcome: refused(ACTIVATION_MESSAGES.alreadyActive) };
  if (account.caseSearchStatus === 'inactive') return { world, outcome: refused(ACTIVATION_MESSAGES.held) };
  const typed = field(submission, 'activationCode');
  if (typed === '') return { world, outcome: refused(ACTIVATION_MESSAGES.codeRequired) };
  // Only a code that was actually mailed and delivered works: a guess before the letter comes cannot.
  const letter = registrationState(world).letters.find((candidate) => candidate.accountNumber === account.accountNumber && candidate.delivered);
  if (!letter || !sameCode(typed, letter.code)) return { world, outcome: refused(ACTIVATION_MESSAGES.codeWrong, 'activation-code-wrong') };
  const activated: World = {
    ...world,
    pacerAccounts: { ...world.pacerAccounts, [account.accountNumber]: { ...account, caseSearchStatus: 'active' } },
  };
  return { world: pushAddress(activated, activationDoneUrl(account.accountNumber)), outcome: ACCEPTED };
}
