import { type FormDefinition, type FormSubmission, type ModelPart, field } from '../../form-kit';
import type { MistakeCode } from '../../mistakes';
import { acceptedWith, pushAddress, type Applied } from '../../transitions';
import type { Court, EcfAccount, FilingAgentLink, World } from '../../world';
import { maintainAccountUrl } from './addresses';
import { describeEmailInformation, handleEmailInformation } from './email-information';
import {
  accountName,
  handleChangeUser,
  handleFindAgent,
  handleMore,
  handlePermissions,
  handleSelectAgent,
} from './filing-agent-forms';
import { MAINTENANCE_FORMS, MAINTENANCE_MESSAGES, notHere, onMaintenancePage } from './forms-common';
import { settleAfterEvent } from './leaving';
import { accountUpdateNotice } from './mail';
import {
  describeChanges,
  hasUnsavedChanges,
  maintenanceState,
  savedSettings,
  shownSettings,
  withMaintenanceState,
  withoutDraft,
  type AccountDraft,
} from './state';

export { MAINTENANCE_FORMS, MAINTENANCE_MESSAGES } from './forms-common';
export { settleAfterEvent } from './leaving';

/**
 * Maintain Your ECF Account (Utilities ▸ Your Account): the account screen,
 * Email Information, More User Information with filing agents, and a filing
 * agent's Change User (seed 002, "Filing Agents"; FIDELITY 1.12).
 */

// ── The account screen ──────────────────────────────────────────────────────

function handleAccount(world: World, submission: FormSubmission): Applied {
  const here = onMaintenancePage(world, 'cmecf-maintain-account');
  if (!here) return notHere(world);
  const { court, account } = here;
  switch (submission.button) {
    case 'email-information':
      return { world: pushAddress(world, maintainAccountUrl(court, 'email')), outcome: acceptedWith(null) };
    case 'more-user-information':
      return { world: pushAddress(world, maintainAccountUrl(court, 'more')), outcome: acceptedWith(null) };
    case 'clear':
      return { world: withoutDraft(world, court.id), outcome: acceptedWith(MAINTENANCE_MESSAGES.cleared) };
    case 'submit':
      return submitChanges(world, court, account);
    default:
      return notHere(world);
  }
}

/** The mistake a Submit makes with the filing agents' permissions, if any (seed 002; FIDELITY 2.2 rule 12). */
function permissionsMistake(account: EcfAccount, saved: AccountDraft, draft: AccountDraft): MistakeCode | null {
  const before = (link: FilingAgentLink) => saved.filingAgents.find((existing) => existing.ecfAccountId === link.ecfAccountId);
  if (account.role === 'trustee') {
    const changed = draft.filingAgents.some((link) => (before(link)?.internetPayment ?? false) !== link.internetPayment);
    return changed ? 'trustee-changed-internet-payment' : null;
  }
  const linkedWithoutPayment = draft.filingAgents.some((link) => !before(link) && !link.internetPayment);
  return linkedWithoutPayment ? 'filing-agent-internet-payment-not-set' : null;
}

/** Submit: the draft becomes the account's settings, once; the court confirms by e-mail. */
function submitChanges(world: World, court: Court, account: EcfAccount): Applied {
  if (!hasUnsavedChanges(world, court.id)) {
    return { world: withoutDraft(world, court.id), outcome: acceptedWith(MAINTENANCE_MESSAGES.notAltered) };
  }
  const saved = savedSettings(account);
  const draft = shownSettings(world, court.id, account);
  const changes = describeChanges(world, saved, draft);
  const updated: EcfAccount = {
    ...account,
    secondaryEmails: [...draft.secondaryEmails],
    notices: { ...draft.notices },
    filingAgents: draft.filingAgents.map((link) => ({ ...link })),
  };
  const transactionId = String(world.nextTransactionId);
  const mail = accountUpdateNotice({
    id: `mail-${world.mailbox.length + 1}`,
    to: world.traineeEmail,
    court,
    accountNumber: account.linkedPacerAccount ?? account.login,
    transactionId,
    submittedAt: world.clock,
    changes,
  });
  const written: World = withMaintenanceState(withoutDraft(world, court.id), {
    receipts: { ...maintenanceState(world).receipts, [court.id]: { ecfAccountId: account.id, transactionId, changes } },
  });
  const next: World = {
    ...written,
    ecfAccounts: { ...written.ecfAccounts, [account.id]: updated },
    mailbox: [...written.mailbox, mail],
    nextTransactionId: written.nextTransactionId + 1,
  };
  return {
    world: pushAddress(next, maintainAccountUrl(court, 'saved')),
    outcome: acceptedWith(null, permissionsMistake(account, saved, draft)),
  };
}

const forms: Record<string, FormDefinition> = {
  [MAINTENANCE_FORMS.account]: {
    title: 'Maintain User Account',
    pages: ['cmecf-maintain-account'],
    handle: handleAccount,
    describe: (submission) => {
      const labels: Record<string, string> = {
        'email-information': 'Email Information',
        'more-user-information': 'More User Information',
        submit: 'Submit',
        clear: 'Clear',
      };
      return `Clicked ${labels[submission.button] ?? submission.button} on "Maintain User Account"`;
    },
  },
  [MAINTENANCE_FORMS.email]: {
    title: 'Email Information',
    pages: ['cmecf-maintain-email'],
    handle: handleEmailInformation,
    describe: describeEmailInformation,
  },
  [MAINTENANCE_FORMS.more]: {
    title: 'More User Information',
    pages: ['cmecf-maintain-more'],
    handle: handleMore,
    describe: () => 'Clicked Return to Account Screen on "More User Information"',
  },
  [MAINTENANCE_FORMS.findAgent]: {
    title: 'Find Filing Agent',
    pages: ['cmecf-maintain-more'],
    handle: handleFindAgent,
    describe: (submission) => `Searched Find Filing Agent for "${field(submission, 'filingAgentName').slice(0, 120)}"`,
  },
  [MAINTENANCE_FORMS.selectAgent]: {
    title: 'Find Filing Agent',
    pages: ['cmecf-maintain-more'],
    handle: handleSelectAgent,
    describe: (submission, before) => `Selected filing agent ${accountName(before, field(submission, 'filingAgent'))}`,
  },
  [MAINTENANCE_FORMS.permissions]: {
    title: 'Update Filing Agent Permissions',
    pages: ['cmecf-maintain-more'],
    handle: handlePermissions,
    describe: (submission) =>
      submission.button === 'save'
        ? `Set Internet Payment to ${field(submission, 'internetPayment') || '(none)'} and clicked Save`
        : 'Closed Update Filing Agent Permissions',
  },
  [MAINTENANCE_FORMS.changeUser]: {
    title: 'Change User',
    pages: ['cmecf-change-user'],
    handle: handleChangeUser,
    describe: (submission, before) => `Chose to file for ${accountName(before, field(submission, 'principal'))}`,
  },
};

/** Maintain Your ECF Account (Utilities ▸ Your Account): Email Information, More User Information, filing agents. */
export const ECF_MAINTENANCE: ModelPart = { forms, afterEvent: settleAfterEvent };
