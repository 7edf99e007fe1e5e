import { describe, expect, it } from 'vitest';
import { CASE_FILING_MESSAGES, MAX_MAIN_DOCUMENT_BYTES, SAMPLE_MAIN_DOCUMENT } from '../../../../../shared/model/cmecf/case-filing/forms';
import { caseFilingOf } from '../../../../../shared/model/cmecf/case-filing/state';
import { checkHolds } from '../../../../../shared/scoring/objectives';
import type { Attempt } from '../../../../support/attempt';
import { builtinScenario } from '../../../../support/scenarios';
import { addSecondary, BRANDT, brandtAtAccountScreen, CHANGE_USER, ECF, FORMS as MAINTAIN_FORMS, linkAgent, MAIN, MARCUS, MOW, signedIn } from '../maintenance/desk';

/**
 * Civil ▸ Other Filings at the Western District of Missouri, with the
 * filing-agent-setup scenario's case 4:19-cv-00512: the attorney files in
 * her own name, and her filing agent files in hers (seed 002, "Filing
 * Agents": "the attorneys' or trustees' name will appear in the docket text
 * as the filer").
 */

const FORMS = {
  event: 'cmecf/case-filing/event',
  case: 'cmecf/case-filing/case',
  filer: 'cmecf/case-filing/filer',
  document: 'cmecf/case-filing/document',
  docketText: 'cmecf/case-filing/docket-text',
} as const;
const OTHER_FILINGS = 'https://ecf.mow.uscourts.gov/cgi-bin/Dispatch.pl?category=other-filings';
const CASE = '4:19-cv-00512';
const PDF = { documentName: 'Certificate-of-Service.pdf', documentSize: '52224', documentIsPdf: 'true' };
const OK = { status: 'accepted', mistake: null, message: null };

/** Brandt links Marcus (Internet Payment Y), adds his address for notices, submits and logs out. */
function brandtLinksMarcus(): Attempt {
  const attempt = brandtAtAccountScreen();
  linkAgent(attempt, 'Oyelaran', MARCUS.ecfId, 'Y');
  addSecondary(attempt, MARCUS.email);
  attempt.submit(MAINTAIN_FORMS.account, 'submit');
  attempt.logOut(MOW);
  return attempt;
}

/** Marcus signs in with his own PACER account at the court; with `choose`, picks Brandt under Change User. */
function marcusAtDesk(attempt: Attempt, choose: boolean): Attempt {
  attempt.goTo(ECF);
  attempt.logIn(MARCUS.username, MARCUS.password);
  attempt.acknowledgeRedaction(MOW);
  attempt.goTo(MAIN, 'link');
  if (choose) {
    attempt.openMenu('Utilities', MOW);
    attempt.goTo(CHANGE_USER, 'link');
    attempt.submit(MAINTAIN_FORMS.changeUser, 'submit', { principal: BRANDT.ecfId });
  }
  return attempt;
}

function openOtherFilings(attempt: Attempt): Attempt {
  attempt.openMenu('Civil', MOW);
  attempt.goTo(OTHER_FILINGS, 'link');
  return attempt;
}

/** Event, case, filer and document: everything up to the final docket text. */
function enterCertificate(attempt: Attempt, caseNumber = CASE) {
  return [
    attempt.submit(FORMS.event, 'next', { event: 'certificate-of-service' }),
    attempt.submit(FORMS.case, 'next', { caseNumber }),
    attempt.submit(FORMS.filer, 'next', { 'party-harlan-freight': 'on' }),
    attempt.submit(FORMS.document, 'next', PDF),
  ];
}

function objective(attempt: Attempt, id: string) {
  const found = attempt.scenario.objectives.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`objective ${id} missing`);
  return found;
}

describe('a filing agent files in the principal’s name', () => {
  it('the docket text and the notice name the attorney as the filer; the court records who entered it', () => {
    const attempt = openOtherFilings(marcusAtDesk(brandtLinksMarcus(), true));
    expect(attempt.page).toEqual({ kind: 'cmecf-filing-event', courtId: MOW });
    expect(enterCertificate(attempt)).toEqual([OK, OK, OK, OK]);
    expect(attempt.page.kind).toBe('cmecf-filing-docket-text');
    expect(attempt.submit(FORMS.docketText, 'next')).toEqual(OK);

    const [filing] = caseFilingOf(attempt.world).filings;
    expect(filing).toMatchObject({
      caseNumber: CASE,
      eventId: 'certificate-of-service',
      documentNumber: 15,
      filerEcfAccountId: BRANDT.ecfId,
      enteredByEcfAccountId: MARCUS.ecfId,
      docketText: 'CERTIFICATE OF SERVICE by Plaintiff Harlan Freight Co. (Brandt, Lauren K.)',
    });
    expect(attempt.page).toEqual({ kind: 'cmecf-filing-nef', courtId: MOW, filingId: filing?.id });
    expect(checkHolds(objective(attempt, 'agent-files-document').check, attempt.world)).toBe(true);
  });

  it('the notice reaches the agent only through the secondary address the attorney added', () => {
    const attempt = openOtherFilings(marcusAtDesk(brandtLinksMarcus(), true));
    enterCertificate(attempt);
    attempt.submit(FORMS.docketText, 'next');
    const notices = attempt.world.mailbox.filter((mail) => mail.template === 'case-filing-nef');
    expect(notices.map((mail) => mail.to)).toEqual(['lbrandt@brandt-okoye.example', MARCUS.email]);
    expect(notices[0]?.fields.find((row) => row.label === 'Entered')?.value).toMatch(/^9\/16\/2019 at 10:\d\d AM CST by Brandt, Lauren K\.$/);
    // Opposing counsel is noticed too, but her copy is not in this desk's mailbox.
    expect(caseFilingOf(attempt.world).filings[0]?.noticedTo).toEqual([
      { name: 'Lauren K. Brandt', address: 'lbrandt@brandt-okoye.example' },
      { name: 'Lauren K. Brandt', address: MARCUS.email },
      { name: 'Teresa M. Quill', address: 'tquill@quillnorris.example' },
    ]);
  });

  it('before choosing whom he files for (Change User), the agent’s Next is refused and named as a mistake', () => {
    const attempt = openOtherFilings(marcusAtDesk(brandtLinksMarcus(), false));
    expect(attempt.submit(FORMS.event, 'next', { event: 'certificate-of-service' })).toEqual({
      status: 'refused',
      mistake: 'agent-filed-without-choosing-principal',
      message: CASE_FILING_MESSAGES.chooseUser,
    });
    expect(caseFilingOf(attempt.world).draft).toBeNull();
  });

  it('a filing begun and left by logging out, or by filing for someone else, is gone', () => {
    const attempt = openOtherFilings(marcusAtDesk(brandtLinksMarcus(), true));
    attempt.submit(FORMS.event, 'next', { event: 'certificate-of-service' });
    attempt.submit(FORMS.case, 'next', { caseNumber: CASE });
    expect(caseFilingOf(attempt.world).draft).toMatchObject({ caseNumber: CASE });
    attempt.logOut(MOW);
    expect(caseFilingOf(attempt.world).draft).toBeNull();
    marcusAtDesk(attempt, true);
    attempt.goTo('https://ecf.mow.uscourts.gov/cgi-bin/Dispatch.pl?step=filer');
    expect(attempt.page).toEqual({ kind: 'cmecf-filing-event', courtId: MOW });
  });

  it('an agent nobody has linked has no Civil menu, so no Other Filings', () => {
    const attempt = marcusAtDesk(signedIn(builtinScenario('filing-agent-setup'), BRANDT), false);
    attempt.logOut(MOW);
    marcusAtDesk(attempt, false);
    attempt.goTo(OTHER_FILINGS);
    expect(attempt.page.kind).toBe('not-found');
  });
});

describe('the attorney files in her own name', () => {
  it('she is both the filer and the one who entered it; the agent objective does not count it', () => {
    const attempt = signedIn(builtinScenario('filing-agent-setup'), BRANDT);
    openOtherFilings(attempt);
    expect(enterCertificate(attempt)).toEqual([OK, OK, OK, OK]);
    attempt.submit(FORMS.docketText, 'next');
    expect(caseFilingOf(attempt.world).filings[0]).toMatchObject({ filerEcfAccountId: BRANDT.ecfId, enteredByEcfAccountId: BRANDT.ecfId });
    expect(checkHolds(objective(attempt, 'agent-files-document').check, attempt.world)).toBe(false);
  });

  it('each filing takes the next document number, and a committed filing cannot be posted again', () => {
    const attempt = signedIn(builtinScenario('filing-agent-setup'), BRANDT);
    openOtherFilings(attempt);
    enterCertificate(attempt);
    attempt.submit(FORMS.docketText, 'next');
    expect(attempt.submit(FORMS.docketText, 'next')).toMatchObject({ status: 'refused' });
    openOtherFilings(attempt);
    attempt.submit(FORMS.event, 'next', { event: 'status-report' });
    attempt.submit(FORMS.case, 'next', { caseNumber: '19-512' });
    attempt.submit(FORMS.filer, 'next', { 'party-harlan-freight': 'on' });
    attempt.submit(FORMS.document, 'next', PDF);
    attempt.submit(FORMS.docketText, 'next');
    const filings = caseFilingOf(attempt.world).filings;
    expect(filings.map((filing) => [filing.documentNumber, filing.docketText])).toEqual([
      [15, 'CERTIFICATE OF SERVICE by Plaintiff Harlan Freight Co. (Brandt, Lauren K.)'],
      [16, 'STATUS REPORT by Plaintiff Harlan Freight Co. (Brandt, Lauren K.)'],
    ]);
  });
});

describe('the screens’ checks', () => {
  function atCaseScreen(): Attempt {
    const attempt = openOtherFilings(signedIn(builtinScenario('filing-agent-setup'), BRANDT));
    attempt.submit(FORMS.event, 'next', { event: 'certificate-of-service' });
    return attempt;
  }

  it('Next needs an event in the Selected Event box, and only one of the list', () => {
    const attempt = openOtherFilings(signedIn(builtinScenario('filing-agent-setup'), BRANDT));
    for (const event of ['', 'atty-reinstatement', '__proto__']) {
      expect(attempt.submit(FORMS.event, 'next', { event })).toMatchObject({ status: 'refused', message: CASE_FILING_MESSAGES.selectEvent });
    }
  });

  it.each([['4:19-cv-00512'], ['19-512'], ['4:19cv512'], ['4:19-cv-00512-BCW'], [' 19-cv-512 ']])('finds the case typed as "%s"', (typed) => {
    const attempt = atCaseScreen();
    expect(attempt.submit(FORMS.case, 'next', { caseNumber: typed })).toEqual(OK);
    expect(caseFilingOf(attempt.world).draft?.caseNumber).toBe(CASE);
  });

  it.each([
    ['', CASE_FILING_MESSAGES.caseRequired],
    ['x'.repeat(41), CASE_FILING_MESSAGES.caseFormat],
    ['harlan', CASE_FILING_MESSAGES.caseFormat],
    ['4:19-cr-00512', CASE_FILING_MESSAGES.caseNotCivil],
    ['4:19-cv-00999', CASE_FILING_MESSAGES.caseUnknown('4:19-cv-00999')],
    ['2:19-cv-00512', CASE_FILING_MESSAGES.caseUnknown('2:19-cv-00512')],
  ])('refuses the case number "%s"', (typed, message) => {
    const attempt = atCaseScreen();
    expect(attempt.submit(FORMS.case, 'next', { caseNumber: typed })).toEqual({ status: 'refused', mistake: null, message });
    expect(attempt.page.kind).toBe('cmecf-filing-case');
  });

  it('the filer must be one of the case’s parties', () => {
    const attempt = atCaseScreen();
    attempt.submit(FORMS.case, 'next', { caseNumber: CASE });
    expect(attempt.submit(FORMS.filer, 'next', {})).toMatchObject({ status: 'refused', message: CASE_FILING_MESSAGES.filerRequired });
    expect(attempt.submit(FORMS.filer, 'next', { 'party-someone-else': 'on' })).toMatchObject({ status: 'refused' });
    expect(attempt.submit(FORMS.filer, 'next', { 'party-harlan-freight': 'on', 'party-midwest-rail': 'on' })).toEqual(OK);
    expect(caseFilingOf(attempt.world).draft?.partyIds).toEqual(['harlan-freight', 'midwest-rail']);
  });

  it('another case number, after going back, drops the filer chosen for the first case', () => {
    const attempt = atCaseScreen();
    attempt.submit(FORMS.case, 'next', { caseNumber: CASE });
    attempt.submit(FORMS.filer, 'next', { 'party-harlan-freight': 'on' });
    attempt.back();
    attempt.back();
    expect(attempt.page.kind).toBe('cmecf-filing-case');
    attempt.submit(FORMS.case, 'next', { caseNumber: '19-512' });
    expect(caseFilingOf(attempt.world).draft?.partyIds).toEqual(['harlan-freight']);
  });

  it('the main document must be a PDF of a sensible size; the sample PDF stands in for one', () => {
    const attempt = atCaseScreen();
    attempt.submit(FORMS.case, 'next', { caseNumber: CASE });
    attempt.submit(FORMS.filer, 'next', { 'party-harlan-freight': 'on' });
    const refusedWith = (fields: Record<string, string>, message: string) =>
      expect(attempt.submit(FORMS.document, 'next', fields)).toEqual({ status: 'refused', mistake: null, message });
    refusedWith({}, CASE_FILING_MESSAGES.documentRequired);
    refusedWith({ ...PDF, documentIsPdf: 'false' }, CASE_FILING_MESSAGES.documentNotPdf);
    refusedWith({ ...PDF, documentName: 'certificate.docx' }, CASE_FILING_MESSAGES.documentNotPdf);
    refusedWith({ ...PDF, documentSize: '0' }, CASE_FILING_MESSAGES.documentEmpty);
    refusedWith({ ...PDF, documentSize: String(MAX_MAIN_DOCUMENT_BYTES + 1) }, CASE_FILING_MESSAGES.documentTooLarge);
    expect(attempt.submit(FORMS.document, 'use-sample-pdf')).toEqual({ status: 'accepted', mistake: null, message: CASE_FILING_MESSAGES.sampleAttached });
    expect(attempt.submit(FORMS.document, 'next', {})).toEqual(OK);
    expect(caseFilingOf(attempt.world).draft?.document).toEqual(SAMPLE_MAIN_DOCUMENT);
  });

  it('a screen of the filing opened out of turn starts the event over', () => {
    const attempt = openOtherFilings(signedIn(builtinScenario('filing-agent-setup'), BRANDT));
    attempt.goTo('https://ecf.mow.uscourts.gov/cgi-bin/Dispatch.pl?step=docket-text');
    expect(attempt.page).toEqual({ kind: 'cmecf-filing-event', courtId: MOW });
    expect(attempt.submit(FORMS.docketText, 'next')).toMatchObject({ status: 'refused' });
  });
});
