import { z } from 'zod';
import { field, readFields, ticked, type FormSubmission } from '../../form-kit';
import { acceptedWith, pushAddress, refused, type Applied } from '../../transitions';
import type { World } from '../../world';
import { maintainAccountUrl } from './addresses';
import { MAINTENANCE_MESSAGES, notHere, onMaintenancePage } from './forms-common';
import { MAX_SECONDARY_EMAILS, shownSettings, withDraft, type AccountDraft } from './state';

/**
 * Email Information (seed 002, "Adding Additional Email Accounts in CM/ECF",
 * steps 5-7): the secondary address typed twice, where notices go, how often
 * and in which format. Return to Account Screen hands the changes to the
 * account screen's draft; nothing is saved here.
 */

const EMAIL_PATTERN = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\]+$/;

const emailInformationSchema = z.object({
  secondaryEmail: z.string().max(254, MAINTENANCE_MESSAGES.emailTooLong).default(''),
  secondaryEmailAgain: z.string().max(254, MAINTENANCE_MESSAGES.emailTooLong).default(''),
  frequency: z.enum(['each-filing', 'daily-summary'], MAINTENANCE_MESSAGES.frequencyRequired),
  format: z.enum(['html', 'text'], MAINTENANCE_MESSAGES.formatRequired),
});

export function handleEmailInformation(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-email');
  if (!here || submission.button !== 'return-to-account-screen') return notHere(world);
  const { court, account } = here;
  const read = readFields(emailInformationSchema, submission);
  if (!read.ok) return { world, outcome: refused(read.message) };
  const { secondaryEmail, secondaryEmailAgain, frequency, format } = read.value;

  const current = shownSettings(world, court.id, account);
  const kept = current.secondaryEmails.filter((_, index) => !ticked(submission, `remove.${index}`));
  if (secondaryEmail !== '' || secondaryEmailAgain !== '') {
    if (secondaryEmail === '' || !EMAIL_PATTERN.test(secondaryEmail)) return { world, outcome: refused(MAINTENANCE_MESSAGES.emailInvalid) };
    if (secondaryEmailAgain === '') return { world, outcome: refused(MAINTENANCE_MESSAGES.emailReenter) };
    if (secondaryEmail.toLowerCase() !== secondaryEmailAgain.toLowerCase()) {
      return { world, outcome: refused(MAINTENANCE_MESSAGES.emailMismatch) };
    }
    if (secondaryEmail.toLowerCase() === account.primaryEmail.toLowerCase()) {
      return { world, outcome: refused(MAINTENANCE_MESSAGES.emailIsPrimary) };
    }
    if (kept.some((email) => email.toLowerCase() === secondaryEmail.toLowerCase())) {
      return { world, outcome: refused(MAINTENANCE_MESSAGES.emailDuplicate) };
    }
    if (kept.length >= MAX_SECONDARY_EMAILS) return { world, outcome: refused(MAINTENANCE_MESSAGES.tooManyEmails) };
    kept.push(secondaryEmail);
  }

  const toPrimary = ticked(submission, 'toPrimary');
  const toSecondary = ticked(submission, 'toSecondary');
  if (toSecondary && kept.length === 0) return { world, outcome: refused(MAINTENANCE_MESSAGES.noSecondaryAddress) };
  if (!toPrimary && !toSecondary) return { world, outcome: refused(MAINTENANCE_MESSAGES.noRecipient) };

  const draft: AccountDraft = { ...current, secondaryEmails: kept, notices: { toPrimary, toSecondary, frequency, format } };
  return { world: pushAddress(withDraft(world, court.id, draft), maintainAccountUrl(court)), outcome: acceptedWith(null) };
}

export function describeEmailInformation(submission: FormSubmission): string {
  const added = field(submission, 'secondaryEmail');
  const where = ticked(submission, 'toSecondary') ? ', notices to the secondary addresses' : '';
  return added
    ? `Entered secondary e-mail address "${added.slice(0, 120)}"${where} and clicked Return to Account Screen`
    : `Clicked Return to Account Screen on "Email Information"${where}`;
}
