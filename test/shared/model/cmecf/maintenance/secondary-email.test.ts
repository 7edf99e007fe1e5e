import { describe, expect, it } from 'vitest';
import { MAINTENANCE_MESSAGES } from '../../../../../shared/model/cmecf/maintenance/part';
import { utilitiesMenu } from '../../../../../shared/model/menus';
import { NOT_ON_THIS_PAGE } from '../../../../../shared/model/transitions';
import { checkHolds } from '../../../../../shared/scoring/objectives';
import { scenarioVariant } from '../../../../support/attempt';
import {
  addSecondary,
  attorneyAtAccountScreen,
  CASTELLANOS,
  DOCKETING,
  emailFields,
  enterEmailInformation,
  FORMS,
  MAINTAIN,
  MOW,
  openMaintain,
  signedIn,
} from './desk';

const OK = { status: 'accepted', mistake: null, message: null };

describe('Maintain Your ECF Account: where it is', () => {
  it('is under Utilities ▸ Your Account for a linked filer, and opens the account screen', () => {
    const attempt = signedIn(attorneyAtAccountScreen().scenario, CASTELLANOS);
    const entry = utilitiesMenu(attempt.world, MOW)
      .flatMap((group) => group.entries)
      .find((candidate) => candidate.label === 'Maintain Your ECF Account');
    expect(entry?.opens).toBe('maintain-account');
    openMaintain(attempt);
    expect(attempt.page).toEqual({ kind: 'cmecf-maintain-account', courtId: MOW, ecfAccountId: CASTELLANOS.ecfId });
  });

  it('is not offered before linking, and its address says the account must be linked first', () => {
    const unlinked = scenarioVariant('cmecf-secondary-email', (scenario) => {
      const account = scenario.world.ecfAccounts[0];
      if (account) account.linkedPacerAccount = null;
    });
    const attempt = signedIn(unlinked, CASTELLANOS);
    const labels = utilitiesMenu(attempt.world, MOW).flatMap((group) => group.entries.map((entry) => entry.label));
    expect(labels).not.toContain('Maintain Your ECF Account');
    attempt.goTo(MAINTAIN);
    expect(attempt.page).toEqual({ kind: 'cmecf-maintain-not-linked', courtId: MOW });
    expect(attempt.submit(FORMS.account, 'email-information')).toMatchObject({ status: 'refused', message: NOT_ON_THIS_PAGE });
  });
});

describe('Email Information (seed 002, "Adding Additional Email Accounts in CM/ECF")', () => {
  it('steps 4-7: the address and To the Secondary Addresses come back to the account screen, not yet saved', () => {
    const attempt = attorneyAtAccountScreen();
    expect(attempt.submit(FORMS.account, 'email-information')).toEqual(OK);
    expect(attempt.page.kind).toBe('cmecf-maintain-email');
    const outcome = attempt.submit(FORMS.email, 'return-to-account-screen', emailFields({ secondaryEmail: DOCKETING, secondaryEmailAgain: DOCKETING, toSecondary: 'on' }));
    expect(outcome).toEqual(OK);
    expect(attempt.page.kind).toBe('cmecf-maintain-account');
    expect(attempt.world.ecfMaintenance?.drafts[MOW]?.secondaryEmails).toEqual([DOCKETING]);
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([]);
    expect(attempt.world.mailbox).toHaveLength(0);
  });

  it('step 8: Submit saves the address and the option, and the court confirms by e-mail', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING);
    expect(attempt.submit(FORMS.account, 'submit')).toEqual(OK);
    const account = attempt.world.ecfAccounts[CASTELLANOS.ecfId];
    expect(account?.secondaryEmails).toEqual([DOCKETING]);
    expect(account?.notices).toEqual({ toPrimary: true, toSecondary: true, frequency: 'each-filing', format: 'html' });
    expect(attempt.page.kind).toBe('cmecf-maintain-saved');
    expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeUndefined();
    const mail = attempt.world.mailbox[0];
    expect(mail?.template).toBe('ecf-account-update-notice');
    expect(mail?.fields).toEqual(
      expect.arrayContaining([
        { label: 'Request', value: 'Maintain User Account' },
        { label: 'Transaction Status', value: 'Processed' },
        { label: 'Transaction ID', value: '52310' },
        { label: 'Comment', value: `Secondary e-mail address added: ${DOCKETING}; Notices to the secondary addresses: on` },
      ]),
    );
  });

  it('without To the Secondary Addresses the address is stored but the notices objective is not met', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING, false);
    attempt.submit(FORMS.account, 'submit');
    const [, saved, toSecondary] = attempt.scenario.objectives;
    expect(saved && checkHolds(saved.check, attempt.world)).toBe(true);
    expect(toSecondary && checkHolds(toSecondary.check, attempt.world)).toBe(false);
  });

  it('frequency and format are kept: Daily Summary Report, Text', () => {
    const attempt = attorneyAtAccountScreen();
    enterEmailInformation(attempt, { frequency: 'daily-summary', format: 'text' });
    attempt.submit(FORMS.account, 'submit');
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.notices).toMatchObject({ frequency: 'daily-summary', format: 'text' });
  });

  it('a secondary address can be removed again', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING, false);
    attempt.submit(FORMS.account, 'submit');
    openMaintain(attempt);
    enterEmailInformation(attempt, { 'remove.0': 'on' });
    attempt.submit(FORMS.account, 'submit');
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([]);
  });
});

describe('Email Information refuses bad input with the site’s message, changing nothing', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a mismatched re-entry', { secondaryEmail: DOCKETING, secondaryEmailAgain: 'docketting@castellanos-ruiz.example' }, MAINTENANCE_MESSAGES.emailMismatch],
    ['an empty re-entry', { secondaryEmail: DOCKETING }, MAINTENANCE_MESSAGES.emailReenter],
    ['only the re-entry', { secondaryEmailAgain: DOCKETING }, MAINTENANCE_MESSAGES.emailInvalid],
    ['a malformed address', { secondaryEmail: 'docketing.castellanos-ruiz', secondaryEmailAgain: 'docketing.castellanos-ruiz' }, MAINTENANCE_MESSAGES.emailInvalid],
    ['an address with spaces', { secondaryEmail: 'dock eting@x.example', secondaryEmailAgain: 'dock eting@x.example' }, MAINTENANCE_MESSAGES.emailInvalid],
    ['markup typed as an address', { secondaryEmail: '<script>alert(1)</script>@x.example', secondaryEmailAgain: '<script>alert(1)</script>@x.example' }, MAINTENANCE_MESSAGES.emailInvalid],
    ['an over-long address', { secondaryEmail: `${'a'.repeat(250)}@x.example`, secondaryEmailAgain: `${'a'.repeat(250)}@x.example` }, MAINTENANCE_MESSAGES.emailTooLong],
    ['the primary address', { secondaryEmail: 'PCastellanos@castellanos-ruiz.example', secondaryEmailAgain: 'pcastellanos@castellanos-ruiz.example' }, MAINTENANCE_MESSAGES.emailIsPrimary],
    ['To the Secondary Addresses with none', { toSecondary: 'on' }, MAINTENANCE_MESSAGES.noSecondaryAddress],
    ['no recipient at all', { toPrimary: '' }, MAINTENANCE_MESSAGES.noRecipient],
    ['an unknown frequency', { frequency: 'hourly' }, MAINTENANCE_MESSAGES.frequencyRequired],
    ['no format', { format: '' }, MAINTENANCE_MESSAGES.formatRequired],
  ];

  it.each(cases)('%s', (_name, change, message) => {
    const attempt = attorneyAtAccountScreen();
    attempt.submit(FORMS.account, 'email-information');
    const fields = emailFields(change);
    if (change.toPrimary === '') delete fields.toPrimary;
    const outcome = attempt.submit(FORMS.email, 'return-to-account-screen', fields);
    expect(outcome).toEqual({ status: 'refused', mistake: null, message });
    expect(attempt.page.kind).toBe('cmecf-maintain-email');
    expect(attempt.world.session.notice).toEqual({ tone: 'error', text: message });
    expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeUndefined();
  });

  it('an address already listed, and a sixth address, are refused', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING, false);
    attempt.submit(FORMS.account, 'email-information');
    expect(attempt.submit(FORMS.email, 'return-to-account-screen', emailFields({ secondaryEmail: 'Docketing@Castellanos-Ruiz.example', secondaryEmailAgain: 'docketing@castellanos-ruiz.example' }))).toMatchObject({
      status: 'refused',
      message: MAINTENANCE_MESSAGES.emailDuplicate,
    });
    attempt.submit(FORMS.email, 'return-to-account-screen', emailFields());
    for (const name of ['two', 'three', 'four', 'five']) addSecondary(attempt, `${name}@castellanos-ruiz.example`, false);
    expect(attempt.world.ecfMaintenance?.drafts[MOW]?.secondaryEmails).toHaveLength(5);
    attempt.submit(FORMS.account, 'email-information');
    expect(attempt.submit(FORMS.email, 'return-to-account-screen', emailFields({ secondaryEmail: 'six@castellanos-ruiz.example', secondaryEmailAgain: 'six@castellanos-ruiz.example' }))).toMatchObject({
      status: 'refused',
      message: MAINTENANCE_MESSAGES.tooManyEmails,
    });
  });

  it('a button the page does not have does nothing', () => {
    const attempt = attorneyAtAccountScreen();
    attempt.submit(FORMS.account, 'email-information');
    expect(attempt.submit(FORMS.email, 'delete-everything', emailFields())).toMatchObject({ status: 'refused', message: NOT_ON_THIS_PAGE });
  });
});

describe('Submit saves once', () => {
  it('a second Submit (a double click) changes nothing and sends no second e-mail', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING);
    attempt.submit(FORMS.account, 'submit');
    const after = attempt.world;
    expect(attempt.submit(FORMS.account, 'submit')).toMatchObject({ status: 'refused', message: NOT_ON_THIS_PAGE });
    expect(attempt.world.mailbox).toHaveLength(1);
    expect(attempt.world.ecfAccounts).toEqual(after.ecfAccounts);
    expect(attempt.world.nextTransactionId).toBe(after.nextTransactionId);
  });

  it('Submit with nothing changed says the account was not altered and sends nothing', () => {
    const attempt = attorneyAtAccountScreen();
    enterEmailInformation(attempt, {});
    expect(attempt.submit(FORMS.account, 'submit')).toEqual({ status: 'accepted', mistake: null, message: MAINTENANCE_MESSAGES.notAltered });
    expect(attempt.world.mailbox).toHaveLength(0);
    expect(attempt.world.nextTransactionId).toBe(52310);
  });

  it('Clear drops the changes without a mistake', () => {
    const attempt = attorneyAtAccountScreen();
    addSecondary(attempt, DOCKETING);
    expect(attempt.submit(FORMS.account, 'clear')).toEqual({ status: 'accepted', mistake: null, message: MAINTENANCE_MESSAGES.cleared });
    expect(attempt.world.ecfMaintenance?.drafts[MOW]).toBeUndefined();
    expect(attempt.submit(FORMS.account, 'submit')).toMatchObject({ message: MAINTENANCE_MESSAGES.notAltered });
    expect(attempt.world.ecfAccounts[CASTELLANOS.ecfId]?.secondaryEmails).toEqual([]);
  });
});
