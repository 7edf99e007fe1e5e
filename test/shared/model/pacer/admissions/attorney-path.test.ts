import { describe, expect, test } from 'vitest';
import { acceptedWith, ACCEPTED } from '../../../../../shared/model/transitions';
import { ADMISSION_MESSAGES } from '../../../../../shared/model/pacer/admissions/applicant';
import { COURT_MESSAGES } from '../../../../../shared/model/pacer/admissions/attorney-forms';
import { EFILE_MESSAGES } from '../../../../../shared/model/pacer/admissions/efile-details';
import { SECTION_MESSAGES } from '../../../../../shared/model/pacer/admissions/sections';
import { admissionsOf, draftOf } from '../../../../../shared/model/pacer/admissions/state';
import { SUBMIT_MESSAGES } from '../../../../../shared/model/pacer/admissions/submission';
import { PACER_ENTRY } from '../../../../../shared/model/pacer/hosts';
import { ADMISSION_ACKS, Desk, EFILE } from './desk';

const refusedWith = (message: string, mistake: string | null = null) => ({ status: 'refused', message, mistake });

describe('Attorney Admissions/E-File Registration: who may use it', () => {
  test('without the Manage My Account login the page asks for it', () => {
    const desk = Desk.district();
    desk.goTo(PACER_ENTRY.attorneyAdmissions);
    expect(desk.page.kind).toBe('admission-sign-in-required');
  });

  test('an upgraded individual account reaches Court Type and Court', () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.page.kind).toBe('admission-court');
  });

  test('a legacy account must upgrade first', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.pacerAccounts[0]!.kind = 'legacy';
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt()).toEqual(refusedWith(ADMISSION_MESSAGES.legacy, 'efile-request-legacy-account'));
  });

  test('a PACER Administrative Account cannot request e-filing', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.pacerAccounts[0]!.administrative = true;
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt()).toEqual(refusedWith(ADMISSION_MESSAGES.administrative, 'efile-request-from-paa'));
  });

  test('a shared firm account cannot request e-filing', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.pacerAccounts[0]!.userType = 'firm';
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt()).toEqual(refusedWith(ADMISSION_MESSAGES.shared, 'efile-request-shared-account'));
  });
});

describe('Screen A: Court Type and Court', () => {
  const opened = () => Desk.district().logInToManageMyAccount().openAttorneyAdmissions();

  test('both are required', () => {
    const desk = opened();
    expect(desk.chooseCourt('', '')).toEqual(refusedWith(COURT_MESSAGES.courtType));
    expect(desk.chooseCourt('', 'district')).toEqual(refusedWith(COURT_MESSAGES.court));
    expect(desk.page.kind).toBe('admission-court');
  });

  test('a court of another type, or one not in the world, is not offered', () => {
    const desk = opened();
    expect(desk.chooseCourt('mow', 'bankruptcy')).toEqual(refusedWith(COURT_MESSAGES.courtNotOffered));
    expect(desk.chooseCourt('__proto__', 'district')).toEqual(refusedWith(COURT_MESSAGES.courtNotOffered));
  });

  test('a CurrentGen court is not offered: it takes registrations itself', () => {
    const desk = Desk.district((scenario) => {
      scenario.courts = ['mow', 'ksd'];
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt('ksd')).toEqual(refusedWith(COURT_MESSAGES.courtNotOffered));
  });

  test('a court before its go-live date is not offered', () => {
    const desk = Desk.district((scenario) => {
      scenario.clock.start = '2018-03-01T10:00:00';
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    expect(desk.chooseCourt()).toEqual(refusedWith(COURT_MESSAGES.courtNotOffered));
  });

  test('the court chosen, screen B offers the request types the court sets', () => {
    const desk = opened();
    expect(desk.chooseCourt()).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-request-type', courtId: 'mow' });
    expect(desk.chooseRequestType('')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(desk.chooseRequestType('subpoena')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(desk.chooseRequestType('admission')).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-sections');
  });

  test('a bankruptcy court without admissions refuses Attorney Admissions and E-File', () => {
    const desk = Desk.district((scenario) => {
      scenario.courts = ['mow', 'mowb'];
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt('mowb', 'bankruptcy');
    expect(desk.chooseRequestType('admission')).toEqual(refusedWith(COURT_MESSAGES.requestType));
    expect(desk.chooseRequestType('efile-only')).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-efile');
  });
});

describe('Screen C: the five admission sections', () => {
  const atSections = () => {
    const desk = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt();
    desk.chooseRequestType('admission');
    return desk;
  };
  const sectionsOf = (desk: Desk) => draftOf(desk.world, 'attorney')!.sections;

  test('Next on an empty screen names the first missing section', () => {
    const desk = atSections();
    expect(desk.submit('pacer/efile/admission-sections', 'next', {})).toEqual(refusedWith(SECTION_MESSAGES.barTypeRequired));
    expect(desk.sections('next')).toEqual(refusedWith(SECTION_MESSAGES.barsRequired));
    expect(desk.page.kind).toBe('admission-sections');
  });

  test('+Add adds one bar with its number; the box of its kind must be checked', () => {
    const desk = atSections();
    expect(desk.sections('add-bar', { newBar: '', newBarNumber: '1' })).toEqual(refusedWith(SECTION_MESSAGES.barToAdd));
    expect(desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '' })).toEqual(refusedWith(SECTION_MESSAGES.barNumberToAdd));
    expect(desk.sections('add-bar', { stateBar: '', newBar: 'Missouri', newBarNumber: '68421' })).toEqual(refusedWith(SECTION_MESSAGES.stateBoxUnchecked));
    expect(desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: 'x'.repeat(33) })).toEqual(refusedWith(SECTION_MESSAGES.barNumberTooLong));
    expect(desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' })).toEqual(ACCEPTED);
    expect(desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' })).toEqual(refusedWith(SECTION_MESSAGES.barDuplicate));
    expect(desk.sections('add-bar', { newBar: 'U.S. District Court, District of Kansas', newBarNumber: 'KS-27719' })).toEqual(ACCEPTED);
    expect(sectionsOf(desk).bars).toEqual([
      { bar: 'Missouri', barNumber: '68421' },
      { bar: 'U.S. District Court, District of Kansas', barNumber: 'KS-27719' },
    ]);
    expect(desk.sections('remove-bar-0')).toEqual(ACCEPTED);
    expect(sectionsOf(desk).bars.map((entry) => entry.bar)).toEqual(['U.S. District Court, District of Kansas']);
  });

  test('what was typed is kept when +Add or Upload posts the screen', () => {
    const desk = atSections();
    desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' });
    expect(sectionsOf(desk)).toMatchObject({ sponsorName: 'Harold J. Okonkwo', feeChoice: 'acknowledge', answers: { discipline: 'N' } });
  });

  test('the upload takes one PDF: not a PDF is refused with the rule, oversized and empty files are refused, nothing is kept', () => {
    const desk = atSections();
    const upload = (name: string, size: number, isPdf: boolean) =>
      desk.sections('upload', { documentName: name, documentSize: String(size), documentIsPdf: String(isPdf) });
    expect(upload('certificates.docx', 2048, false)).toEqual(refusedWith(SECTION_MESSAGES.documentNotPdf, 'admission-document-not-pdf'));
    // Renamed to .pdf but not a PDF inside: the first bytes decide.
    expect(upload('certificates.pdf', 2048, false)).toEqual(refusedWith(SECTION_MESSAGES.documentNotPdf, 'admission-document-not-pdf'));
    expect(upload('certificates.pdf', 10 * 1024 * 1024 + 1, true)).toEqual(refusedWith(SECTION_MESSAGES.documentTooLarge));
    expect(upload('certificates.pdf', 0, true)).toEqual(refusedWith(SECTION_MESSAGES.documentEmpty));
    expect(desk.sections('upload', {})).toEqual(refusedWith(SECTION_MESSAGES.documentRequired));
    expect(sectionsOf(desk).document).toBeNull();
    expect(upload('certificates.pdf', 184_320, true)).toEqual(ACCEPTED);
    expect(sectionsOf(desk).document).toEqual({ name: 'certificates.pdf', size: 184_320 });
    // A second file replaces the first: one combined PDF.
    expect(desk.sections('use-sample-pdf')).toEqual(ACCEPTED);
    expect(sectionsOf(desk).document?.name).toBe('Certificates-of-Good-Standing-combined.pdf');
  });

  test('Next requires the sponsor, the fee choice, the document and every answer', () => {
    const desk = atSections();
    desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421' });
    expect(desk.sections('next', { sponsorName: '' })).toEqual(refusedWith(SECTION_MESSAGES.sponsorName));
    expect(desk.sections('next', { sponsorEmail: 'not-an-email' })).toEqual(refusedWith(SECTION_MESSAGES.sponsorEmail));
    expect(desk.sections('next', { sponsorJurisdiction: 'Atlantis' })).toEqual(refusedWith(SECTION_MESSAGES.sponsorJurisdiction));
    expect(desk.sections('next', { feeChoice: '' })).toEqual(refusedWith(SECTION_MESSAGES.feeChoice));
    expect(desk.sections('next', { feeChoice: 'waiver', waiverReason: '' })).toEqual(refusedWith(SECTION_MESSAGES.waiverReason));
    expect(desk.sections('next', { sponsorName: 'x'.repeat(121) })).toEqual(refusedWith(SECTION_MESSAGES.tooLong));
    expect(desk.sections('next')).toEqual(refusedWith(SECTION_MESSAGES.documentRequired));
    desk.sections('use-sample-pdf');
    expect(desk.sections('next', { 'answer.localRules': '' })).toEqual(refusedWith(SECTION_MESSAGES.answersRequired));
    expect(desk.sections('next')).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-efile');
  });

  test('hostile text is kept as plain text, never interpreted', () => {
    const desk = atSections();
    desk.sections('add-bar', { newBar: 'Missouri', newBarNumber: '68421', sponsorName: '<img src=x onerror=alert(1)>' });
    expect(sectionsOf(desk).sponsorName).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Screen D: E-File Registration', () => {
  test('Role in Court, the individual acknowledgment and the email format are required', () => {
    const desk = Desk.district().throughSections();
    const post = (fields: Record<string, string>) => desk.submit('pacer/efile/registration', 'next', { ...EFILE, ...fields });
    expect(post({ role: '' })).toEqual(refusedWith(EFILE_MESSAGES.role));
    expect(post({ role: 'Trustee' })).toEqual(refusedWith(EFILE_MESSAGES.role));
    expect(post({ individualAcknowledged: '' })).toEqual(refusedWith(EFILE_MESSAGES.individual, 'efile-acknowledgment-skipped'));
    expect(post({ emailFormat: 'PDF' })).toEqual(refusedWith(EFILE_MESSAGES.emailFormat));
    expect(post({ phone: '9'.repeat(33) })).toEqual(refusedWith(EFILE_MESSAGES.phoneTooLong));
    expect(post({})).toEqual(ACCEPTED);
    expect(desk.page.kind).toBe('admission-payment-defaults');
    expect(draftOf(desk.world, 'attorney')?.efile).toEqual({ role: 'Attorney', emailFormat: 'HTML', phone: '816-555-0142', extra: {} });
  });

  test('MDL requires the Additional Filer Information; pro hac vice may give its case number or not', () => {
    const mdl = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    mdl.chooseCourt();
    mdl.chooseRequestType('mdl');
    expect(mdl.submit('pacer/efile/registration', 'next', EFILE)).toEqual(refusedWith('Additional Filer Information: MDL Number is required.'));
    const phv = Desk.district().logInToManageMyAccount().openAttorneyAdmissions();
    phv.chooseCourt();
    phv.chooseRequestType('pro-hac-vice');
    expect(phv.submit('pacer/efile/registration', 'next', { ...EFILE, 'extra.caseNumber': '4'.repeat(121) })).toEqual(refusedWith(EFILE_MESSAGES.extraTooLong));
    expect(phv.submit('pacer/efile/registration', 'next', EFILE)).toEqual(ACCEPTED);
    expect(draftOf(phv.world, 'attorney')?.efile?.extra).toEqual({});
  });
});

describe('Screens E-G: payment defaults, acknowledgments, Submit', () => {
  const atAcknowledgments = () => {
    const desk = Desk.district().throughSections();
    desk.submit('pacer/efile/registration', 'next', EFILE);
    desk.submit('pacer/efile/payment-defaults', 'next');
    return desk;
  };

  test('every acknowledgment box must be checked', () => {
    const desk = atAcknowledgments();
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', { admissionPolicies: 'on', termsOfUse: 'on' })).toEqual(
      refusedWith(SUBMIT_MESSAGES.acknowledgments, 'efile-acknowledgment-skipped'),
    );
    expect(admissionsOf(desk.world).requests).toEqual([]);
  });

  test('Submit files one request, shows its transaction number and sends the received e-mail; a second Submit does nothing', () => {
    const desk = atAcknowledgments();
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', ADMISSION_ACKS)).toEqual(ACCEPTED);
    expect(desk.page).toEqual({ kind: 'admission-confirmation', path: 'attorney', transactionId: '52017' });
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', ADMISSION_ACKS).status).toBe('refused');
    const { requests } = admissionsOf(desk.world);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ requestType: 'admission', role: 'Attorney', status: 'pending', submittedAt: expect.any(String) });
    expect(desk.world.mailbox.map((mail) => mail.template)).toEqual(['efile-request-received']);
    expect(draftOf(desk.world, 'attorney')).toBeNull();
  });

  test('a new request while one is pending at the court is refused', () => {
    const desk = Desk.district().submitAdmission();
    desk.openAttorneyAdmissions();
    expect(desk.chooseCourt()).toEqual(refusedWith(COURT_MESSAGES.pending));
  });

  test('Back returns to the screen before without losing the draft', () => {
    const desk = atAcknowledgments();
    desk.submit('pacer/efile/acknowledgments', 'back');
    expect(desk.page.kind).toBe('admission-payment-defaults');
    desk.submit('pacer/efile/payment-defaults', 'back');
    expect(desk.page.kind).toBe('admission-efile');
    expect(draftOf(desk.world, 'attorney')?.efile?.role).toBe('Attorney');
  });
});

describe('the filing agent on the attorney path', () => {
  test('is marked when the attorney request type is chosen, and the court rejects the request', () => {
    const desk = Desk.district((scenario) => {
      scenario.world.admissions = { processingBusinessDays: 1, filingAgentAccounts: ['5520318'] };
    });
    desk.logInToManageMyAccount().openAttorneyAdmissions();
    desk.chooseCourt();
    expect(desk.chooseRequestType('efile-only')).toEqual(acceptedWith(null, 'filing-agent-attorney-path'));
    desk.submit('pacer/efile/registration', 'next', EFILE);
    desk.submit('pacer/efile/payment-defaults', 'next');
    expect(desk.submit('pacer/efile/acknowledgments', 'submit', { termsOfUse: 'on', policies: 'on' })).toEqual(ACCEPTED);
    desk.wait(1);
    expect(admissionsOf(desk.world).requests[0]?.status).toBe('rejected');
    expect(desk.world.mailbox.at(-1)?.template).toBe('efile-request-rejected');
  });
});
