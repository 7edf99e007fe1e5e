import { describe, expect, it } from 'vitest';
import { emailSecurityCode } from '../../../../../shared/model/pacer/mfa/codes';
import { MFA_FORMS } from '../../../../../shared/model/pacer/mfa/part';
import { mfaAccount, mfaState } from '../../../../../shared/model/pacer/mfa/state';
import { codeStepsAgo } from '../../../../../shared/model/phone/state';
import { phoneCodeForScreen } from '../../../../../shared/model/phone/script';
import { addSeconds } from '../../../../../shared/model/clock';
import { Attempt } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';

const ENROLL = builtinScenario('pacer-mfa-enroll');
const LOST_PHONE = builtinScenario('pacer-mfa-backup-code');
const LAUREN = { username: 'lmbrennan', password: 'Laclede#Landing2025' };
const MOEB_CMECF = 'https://ecf.moeb.uscourts.gov/';

function atPrompt(): Attempt {
  const trainee = new Attempt(ENROLL);
  trainee.goTo(MOEB_CMECF);
  trainee.logIn(LAUREN.username, LAUREN.password);
  return trainee;
}

/** Enrolls the phone's authenticator from the pop-up, up to the backup codes. */
function enrolApp(trainee: Attempt): void {
  trainee.submit(MFA_FORMS.prompt, 'enroll');
  trainee.submit(MFA_FORMS.enrol, 'next', { method: 'app' });
  trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: emailSecurityCode(ENROLL.id, '4520716', 1) });
  trainee.do({ type: 'phone/qr-scanned' });
  trainee.submit(MFA_FORMS.enrol, 'verify', { appName: 'My phone', code: phoneCodeForScreen(trainee.world) ?? '' });
}

describe('the MFA pop-up at login (2025 era, CM/ECF-level users)', () => {
  it('stops a filer after the password, before CM/ECF', () => {
    const trainee = atPrompt();
    expect(trainee.page).toMatchObject({ kind: 'mfa-sign-on', stage: 'prompt', skipsLeft: 3 });
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('may be skipped three times; then the login stops at User Update Required', () => {
    const trainee = atPrompt();
    for (let skip = 1; skip <= 3; skip += 1) {
      expect(trainee.submit(MFA_FORMS.prompt, 'skip').status).toBe('accepted');
      expect(trainee.page.kind).toBe('redaction-notice');
      trainee.acknowledgeRedaction();
      trainee.logOut();
      trainee.goTo(MOEB_CMECF);
      trainee.logIn(LAUREN.username, LAUREN.password);
    }
    expect(trainee.page).toMatchObject({ kind: 'mfa-sign-on', stage: 'update-required' });
    expect(trainee.submit(MFA_FORMS.prompt, 'skip').status).toBe('refused');
    expect(trainee.world.session.signedInAccount).toBeNull();
  });

  it('is not shown in the 2018-2022 era: the login goes straight to the redaction notice', () => {
    const trainee = new Attempt({ ...ENROLL, era: '2018-2022' });
    trainee.goTo(MOEB_CMECF);
    trainee.logIn(LAUREN.username, LAUREN.password);
    expect(trainee.page.kind).toBe('redaction-notice');
  });

  it('is optional for a PACER-only user: no pop-up', () => {
    const trainee = new Attempt({ ...ENROLL, world: { ...ENROLL.world, ecfAccounts: [] } });
    trainee.goTo(MOEB_CMECF);
    trainee.logIn(LAUREN.username, LAUREN.password);
    expect(trainee.page.kind).toBe('redaction-notice');
  });
});

describe('enrolment with an authenticator app', () => {
  it('e-mails the security code first and refuses a wrong one', () => {
    const trainee = atPrompt();
    trainee.submit(MFA_FORMS.prompt, 'enroll');
    trainee.submit(MFA_FORMS.enrol, 'next', { method: 'app' });
    expect(trainee.world.mailbox.at(-1)?.template).toBe('pacer-mfa-security-code');
    expect(trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: '000000' })).toMatchObject({ status: 'refused', mistake: 'mfa-email-security-code-invalid' });
    expect(trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: emailSecurityCode(ENROLL.id, '4520716', 1) }).status).toBe('accepted');
    expect(trainee.page).toMatchObject({ kind: 'mfa-enrol', step: 'app-key' });
  });

  it('confirms the app with its current code, refuses a wrong or stale one, then shows ten backup codes to save', () => {
    const trainee = atPrompt();
    trainee.submit(MFA_FORMS.prompt, 'enroll');
    trainee.submit(MFA_FORMS.enrol, 'next', { method: 'app' });
    trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: emailSecurityCode(ENROLL.id, '4520716', 1) });
    trainee.do({ type: 'phone/qr-scanned' });
    const key = mfaState(trainee.world).enrolment?.setupKey ?? '';
    const current = codeStepsAgo(key, addSeconds(trainee.world.clock, 9), 0) ?? '';
    const wrong = current === '123456' ? '654321' : '123456';
    expect(trainee.submit(MFA_FORMS.enrol, 'verify', { appName: 'My phone', code: wrong })).toMatchObject({ status: 'refused', mistake: 'mfa-code-invalid' });
    const stale = codeStepsAgo(key, addSeconds(trainee.world.clock, 9), 5) ?? '';
    expect(trainee.submit(MFA_FORMS.enrol, 'verify', { appName: 'My phone', code: stale })).toMatchObject({ status: 'refused', mistake: 'mfa-code-stale' });
    expect(trainee.submit(MFA_FORMS.enrol, 'verify', { appName: 'My phone', code: phoneCodeForScreen(trainee.world) ?? '' }).status).toBe('accepted');
    expect(trainee.page).toMatchObject({ kind: 'mfa-enrol', step: 'backup-codes' });
    expect(mfaAccount(trainee.world, '4520716').backupCodes).toHaveLength(10);
  });

  it('refuses to continue until the backup codes are saved, then lets the sign-on through', () => {
    const trainee = atPrompt();
    enrolApp(trainee);
    expect(trainee.submit(MFA_FORMS.enrol, 'continue')).toMatchObject({ status: 'refused', mistake: 'mfa-backup-codes-not-saved' });
    expect(trainee.submit(MFA_FORMS.enrol, 'continue', { saved: 'on' }).status).toBe('accepted');
    expect(trainee.page.kind).toBe('redaction-notice');
    expect(trainee.world.session.signedInAccount).toBe('4520716');
  });

  it('makes each attempt its own setup key, the same on replay', () => {
    const key = (salt: string) => {
      const trainee = new Attempt(ENROLL, 'practice', salt);
      trainee.goTo(MOEB_CMECF);
      trainee.logIn(LAUREN.username, LAUREN.password);
      trainee.submit(MFA_FORMS.prompt, 'enroll');
      trainee.submit(MFA_FORMS.enrol, 'next', { method: 'app' });
      trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: emailSecurityCode(ENROLL.id, '4520716', 1) });
      return mfaState(trainee.world).enrolment?.setupKey;
    };
    expect(key('salt-one-0001')).toBe(key('salt-one-0001'));
    expect(key('salt-one-0001')).not.toBe(key('salt-two-0002'));
  });
});

describe('the one-time code at every later sign-on', () => {
  function enrolledAndSignedOut(): Attempt {
    const trainee = atPrompt();
    enrolApp(trainee);
    trainee.submit(MFA_FORMS.enrol, 'continue', { saved: 'on' });
    trainee.acknowledgeRedaction();
    trainee.logOut();
    trainee.goTo(MOEB_CMECF);
    trainee.logIn(LAUREN.username, LAUREN.password);
    return trainee;
  }

  it('asks for the code after the password and takes the one the phone shows', () => {
    const trainee = enrolledAndSignedOut();
    expect(trainee.page).toMatchObject({ kind: 'mfa-sign-on', stage: 'code' });
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: phoneCodeForScreen(trainee.world) ?? '' }).status).toBe('accepted');
    expect(trainee.page.kind).toBe('redaction-notice');
    expect(mfaState(trainee.world).signOns).toMatchObject([{ method: 'authenticator-app', courtId: 'moeb' }]);
  });

  it('refuses a code read before simulated time moved on, as expired', () => {
    const trainee = enrolledAndSignedOut();
    const readEarlier = phoneCodeForScreen(trainee.world) ?? '';
    trainee.wait(1);
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: readEarlier }).mistake).toBe('mfa-code-invalid');
    const key = mfaAccount(trainee.world, '4520716').apps[0]?.setupKey ?? '';
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: codeStepsAgo(key, addSeconds(trainee.world.clock, 9), 3) ?? '' })).toMatchObject({
      status: 'refused',
      mistake: 'mfa-code-stale',
    });
  });

  it('names waiting for a text message as the mistake: PACER sends none', () => {
    const trainee = enrolledAndSignedOut();
    expect(trainee.do({ type: 'phone/messages-opened' })).toMatchObject({ status: 'accepted', mistake: 'mfa-text-message-expected' });
  });
});

describe('a lost phone: backup codes and Manage MFA Settings', () => {
  function signedInWithBackupCode(): Attempt {
    const trainee = new Attempt(LOST_PHONE);
    trainee.goTo('https://pacer.psc.uscourts.gov/pscof/login.jsf?form=login');
    trainee.submit('pacer/account/login', 'login', { username: LAUREN.username }, { password: LAUREN.password });
    return trainee;
  }

  it('the new phone has no code; a used backup code is refused; an unused one signs in, once', () => {
    const trainee = signedInWithBackupCode();
    expect(trainee.page).toMatchObject({ kind: 'mfa-sign-on', stage: 'code' });
    expect(phoneCodeForScreen(trainee.world)).toBeNull();
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: 'k7m2p-x9q4r' })).toMatchObject({ status: 'refused', mistake: 'mfa-backup-code-reused' });
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: 'B3T8W N6D5S' }).status).toBe('accepted');
    expect(trainee.page.kind).toBe('mma-home');
    trainee.submit('pacer/account/logout', 'logout');
    trainee.goTo('https://pacer.psc.uscourts.gov/pscof/login.jsf?form=login');
    trainee.submit('pacer/account/login', 'login', { username: LAUREN.username }, { password: LAUREN.password });
    expect(trainee.submit(MFA_FORMS.code, 'ok', { code: 'b3t8w-n6d5s' }).mistake).toBe('mfa-backup-code-reused');
  });

  it('removes the lost app and allows up to five apps', () => {
    const trainee = signedInWithBackupCode();
    trainee.submit(MFA_FORMS.code, 'ok', { code: 'h4v9c-r2m7k' });
    trainee.goTo('https://pacer.psc.uscourts.gov/pscof/manage/mfa/settings.jsf', 'link');
    expect(trainee.submit(MFA_FORMS.settings, 'remove', { appId: 'app-start-1' }).status).toBe('accepted');
    expect(mfaAccount(trainee.world, '4630812').apps).toEqual([]);
    expect(mfaState(trainee.world).removedApps).toMatchObject([{ name: 'My phone' }]);
    for (let app = 1; app <= 5; app += 1) {
      trainee.submit(MFA_FORMS.settings, 'add-app');
      trainee.submit(MFA_FORMS.enrol, 'next', { securityCode: emailSecurityCode(LOST_PHONE.id, '4630812', mfaState(trainee.world).issued) });
      trainee.do({ type: 'phone/qr-scanned' });
      expect(trainee.submit(MFA_FORMS.enrol, 'verify', { appName: `Phone ${app}`, code: phoneCodeForScreen(trainee.world) ?? '' }).status).toBe('accepted');
      expect(trainee.page.kind).toBe('mfa-settings');
    }
    expect(trainee.submit(MFA_FORMS.settings, 'add-app')).toMatchObject({ status: 'refused', mistake: 'mfa-app-limit-reached' });
  });
});
