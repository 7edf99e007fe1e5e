import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { caseFilingOf } from '../../../../shared/model/cmecf/case-filing/state';
import { currentPage } from '../../../../shared/model/pages';
import { fillStepForm } from '../../../../renderer/watch/fill-step-form';
import { builtinScenario } from '../../../support/scenarios';
import { BRANDT, MOW, signedIn } from '../../../shared/model/cmecf/maintenance/desk';
import { renderLiveSite } from '../site-harness';

/** Civil ▸ Other Filings screens driven by the real model, as the attorney at the Western District of Missouri uses them. */

const OTHER_FILINGS = 'https://ecf.mow.uscourts.gov/cgi-bin/Dispatch.pl?category=other-filings';

function at(step: 'menu' | 'case' | 'filer' | 'document') {
  const attempt = signedIn(builtinScenario('filing-agent-setup'), BRANDT);
  attempt.openMenu('Civil', MOW);
  if (step === 'menu') return attempt.world;
  attempt.goTo(OTHER_FILINGS, 'link');
  attempt.submit('cmecf/case-filing/event', 'next', { event: 'certificate-of-service' });
  if (step === 'case') return attempt.world;
  attempt.submit('cmecf/case-filing/case', 'next', { caseNumber: '4:19-cv-00512' });
  if (step === 'filer') return attempt.world;
  attempt.submit('cmecf/case-filing/filer', 'next', { 'party-harlan-freight': 'on' });
  return attempt.world;
}

describe('the Civil menu', () => {
  it('Other Filings is a link; the entries the simulator does not cover say so', async () => {
    const { user, world } = renderLiveSite(at('menu'));
    expect(screen.getByRole('heading', { level: 1, name: 'Civil' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open a Civil Case' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('link', { name: 'Other Filings' }).getAttribute('aria-disabled')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Other Filings' }));
    expect(currentPage(world()).kind).toBe('cmecf-filing-event');
    expect(screen.getByRole('heading', { level: 2, name: 'Other Documents' })).toBeTruthy();
    expect(within(screen.getByRole('listbox', { name: 'Available Events' })).getAllByRole('option').map((option) => option.textContent)).toContain(
      'Certificate of Service',
    );
  });
});

describe('the case number and the filer', () => {
  it('posts the typed case number; a wrong one shows the court’s message and keeps the screen', async () => {
    const { user, events, world } = renderLiveSite(at('case'));
    expect(screen.getByRole('heading', { level: 1, name: 'Certificate of Service' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Civil Case Number' }), '19-999');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('Cannot find case 19-999 in this court. Check the number and try again.');
    const field = screen.getByRole('textbox', { name: 'Civil Case Number' });
    await user.clear(field);
    await user.type(field, '19-512');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(events.at(-1)).toMatchObject({ form: 'cmecf/case-filing/case', fields: { caseNumber: '19-512' } });
    expect(currentPage(world()).kind).toBe('cmecf-filing-filer');
  });

  it('names the case and lists its parties with their roles; Next without one is refused', async () => {
    const { user, world } = renderLiveSite(at('filer'));
    expect(screen.getByText('Harlan Freight Co. v. Midwest Rail Services, Inc.', { exact: false })).toBeTruthy();
    const filers = screen.getByRole('group', { name: 'Select the filer.' });
    expect(within(filers).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Harlan Freight Co. [Plaintiff]',
      'Midwest Rail Services, Inc. [Defendant]',
    ]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('Select the filer: the party on whose behalf the document is filed.');
    await user.click(within(filers).getByRole('checkbox', { name: 'Harlan Freight Co. [Plaintiff]' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(caseFilingOf(world()).draft?.partyIds).toEqual(['harlan-freight']);
  });
});

describe('the Main Document', () => {
  it('reads the chosen file here and posts only its name, its size and whether it is a PDF', async () => {
    const { user, events, world } = renderLiveSite(at('document'));
    const file = new File(['%PDF-1.7\n% a certificate of service\n'], 'Certificate-of-Service.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Main Document'), file);
    expect(await screen.findByText('Certificate-of-Service.pdf')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const posted = events.at(-1);
    expect(posted).toMatchObject({ form: 'cmecf/case-filing/document', button: 'next' });
    expect(posted && 'fields' in posted ? posted.fields : null).toEqual({
      documentName: 'Certificate-of-Service.pdf',
      documentSize: String(file.size),
      documentIsPdf: 'true',
    });
    expect(currentPage(world()).kind).toBe('cmecf-filing-docket-text');
    expect(screen.getByText('CERTIFICATE OF SERVICE by Plaintiff Harlan Freight Co. (Brandt, Lauren K.)', { exact: false })).toBeTruthy();
  });

  it('a file that does not start like a PDF is refused by the court, whatever its name', async () => {
    const { user, world } = renderLiveSite(at('document'));
    await user.upload(screen.getByLabelText('Main Document'), new File(['PK\u0003\u0004'], 'certificate.pdf', { type: 'application/pdf' }));
    await screen.findByText('certificate.pdf');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('The Main Document is not a PDF file. CM/ECF accepts documents in PDF only.');
    expect(currentPage(world()).kind).toBe('cmecf-filing-document');
  });

  it('Use a sample PDF attaches one, and Next goes on with it', async () => {
    const { user, world } = renderLiveSite(at('document'));
    await user.click(screen.getByRole('button', { name: 'Use a sample PDF' }));
    expect(screen.getByText('sample-document.pdf')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentPage(world()).kind).toBe('cmecf-filing-docket-text');
  });
});

describe('in Watch, the step’s choices are shown before Next is highlighted', () => {
  it('the event appears in Selected Event, and the chosen PDF is shown as attached', () => {
    const atEvent = signedIn(builtinScenario('filing-agent-setup'), BRANDT);
    atEvent.openMenu('Civil', MOW);
    atEvent.goTo(OTHER_FILINGS, 'link');
    const events = renderLiveSite(atEvent.world);
    act(() =>
      fillStepForm(events.container, { type: 'form/submitted', form: 'cmecf/case-filing/event', button: 'next', fields: { event: 'certificate-of-service' }, secrets: {} }),
    );
    const selected = screen.getByRole('listbox', { name: 'Selected Event' });
    expect(within(selected).getAllByRole('option').map((option) => option.textContent)).toEqual(['Certificate of Service']);
    events.unmount();

    const document = renderLiveSite(at('document'));
    const fields = { documentName: 'Certificate-of-Service.pdf', documentSize: '52224', documentIsPdf: 'true' };
    act(() => fillStepForm(document.container, { type: 'form/submitted', form: 'cmecf/case-filing/document', button: 'next', fields, secrets: {} }));
    expect(screen.getByText('Certificate-of-Service.pdf')).toBeTruthy();
    expect(screen.getByText('(51 KB)', { exact: false })).toBeTruthy();
  });
});
