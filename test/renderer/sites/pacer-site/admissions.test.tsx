import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { MailMessage } from '../../../../renderer/mailbox/MailMessage';
import { startsLikePdf } from '../../../../renderer/sites/common/local-file';
import { SiteView } from '../../../../renderer/sites/SiteView';
import type { TrainerEvent } from '../../../../shared/model/events';
import { initialWorld } from '../../../../shared/model/initial-world';
import { currentPage } from '../../../../shared/model/pages';
import { apply } from '../../../../shared/model/reducer';
import { scriptedEvent } from '../../../../shared/model/replay';
import type { World } from '../../../../shared/model/world';
import { scenarioVariant } from '../../../support/attempt';
import { builtinScenario } from '../../../support/scenarios';

const SALT = 'component-salt-01';

/** The district admission scenario played up to (not including) walkthrough step `count`. */
function worldAfter(count: number, scenario = builtinScenario('admission-attorney-district')): World {
  const events = scenario.walkthrough.slice(0, count).map((step) => scriptedEvent(step.action, SALT));
  return events.reduce((world, event) => apply(world, event).world, initialWorld(scenario, { salt: SALT, mode: 'practice' }));
}

function show(world: World) {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  const user = userEvent.setup();
  render(<SiteView world={world} page={currentPage(world)} dispatch={dispatch} />);
  return { dispatch, user };
}

// Walkthrough steps: 0-5 log in and open Attorney Admissions/E-File Registration, 6 the request type and the court, 7-8 +Add.
const AT_COURT = 6;
const AT_SECTIONS = 7;

describe('Court Type and Court', () => {
  test('the Court list follows the Court Type and lists only courts live on NextGen', async () => {
    const scenario = scenarioVariant('admission-attorney-district', (raw) => {
      raw.courts = ['mow', 'ksd', 'mowb'];
    });
    const { user } = show(worldAfter(AT_COURT, scenario));
    const court = screen.getByLabelText('Court');
    expect(within(court).getAllByRole('option').map((option) => option.textContent)).toEqual(['Select a Court Type first']);
    await user.selectOptions(screen.getByLabelText('Court Type'), 'U.S. District Courts');
    // The District of Kansas is still CurrentGen: it takes registrations itself.
    expect(within(court).getAllByRole('option').map((option) => option.textContent)).toEqual(['Select Court', 'Missouri Western District Court (Western District of Missouri)']);
    await user.selectOptions(screen.getByLabelText('Court Type'), 'U.S. Bankruptcy Courts');
    expect(within(court).getAllByRole('option').map((option) => option.textContent)).toEqual(['Select Court', 'Missouri Western Bankruptcy Court (Western District of Missouri)']);
  });

  test('Next posts the court chosen, and what to apply/register for when it was chosen first', async () => {
    const { user, dispatch } = show(worldAfter(AT_COURT));
    await user.selectOptions(screen.getByLabelText('Court Type'), 'U.S. District Courts');
    await user.selectOptions(screen.getByLabelText('Court'), 'mow');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(dispatch).toHaveBeenLastCalledWith(expect.objectContaining({ form: 'pacer/efile/court', button: 'next', fields: { courtType: 'district', court: 'mow' } }));
    const choices = screen.getByRole('group', { name: 'What would you like to apply/register for?' });
    expect(within(choices).getAllByRole('radio').map((radio) => radio.closest('div')?.textContent)).toEqual([
      'Attorney Admissions and E-File',
      'E-File Registration Only',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Attorney Admissions and E-File' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(dispatch).toHaveBeenLastCalledWith(
      expect.objectContaining({ form: 'pacer/efile/court', fields: { requestType: 'admission', courtType: 'district', court: 'mow' } }),
    );
  });
});

describe('the request types after the court', () => {
  const afterCourt = (name: string) => {
    const scenario = builtinScenario(name);
    const index = scenario.walkthrough.findIndex((step) => step.action.type === 'form/submitted' && step.action.form === 'pacer/efile/court');
    return worldAfter(index + 1, scenario);
  };

  test('choosing Federal Attorney shows the PACER information and the E-File Registration fields on the same screen', async () => {
    const { user, dispatch } = show(afterCourt('admission-federal-attorney'));
    expect(screen.queryByLabelText('Role in Court')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Federal Attorney' }));
    expect(screen.getByRole('heading', { name: 'PACER Account Information' })).toBeTruthy();
    expect(screen.getByLabelText('Federal Agency')).toHaveProperty('required', false);
    await user.selectOptions(screen.getByLabelText('Role in Court'), 'Attorney');
    await user.click(screen.getByRole('checkbox', { name: /submitting the e-file registration for the individual listed above/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(dispatch).toHaveBeenLastCalledWith(
      expect.objectContaining({ form: 'pacer/efile/request-type', fields: expect.objectContaining({ requestType: 'federal-attorney', role: 'Attorney' }) }),
    );
    await user.click(screen.getByRole('radio', { name: 'Attorney Admissions and E-File' }));
    expect(screen.queryByLabelText('Role in Court')).toBeNull();
  });

  test('a bankruptcy court reached without a choice has E-File Registration Only chosen, the Role in Court showing', () => {
    show(afterCourt('efile-limited-filer'));
    expect(screen.getByRole('radio', { name: 'E-File Registration Only' })).toHaveProperty('checked', true);
    const roles = within(screen.getByLabelText('Role in Court')).getAllByRole('option').map((option) => option.textContent);
    expect(roles).toContain('Limited Filer - Creditor');
  });
});

describe('the five admission sections', () => {
  test('every section is there, under its heading, with labelled fields', () => {
    show(worldAfter(AT_SECTIONS));
    for (const heading of ['Attorney Bar Information', 'Sponsoring Attorney', 'Attorney Information', 'Document Upload', 'Additional Attorney Information Required by Court']) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    }
    expect(screen.getByRole('checkbox', { name: 'Federal' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '+Add' })).toBeTruthy();
    expect(screen.getByLabelText('Sponsor Email')).toBeTruthy();
  });

  test('hostile text typed earlier is shown as text, never as markup', () => {
    const world = worldAfter(AT_SECTIONS);
    const hostile = apply(world, {
      type: 'form/submitted',
      form: 'pacer/efile/admission-sections',
      button: 'add-bar',
      fields: { stateBar: 'on', newBar: 'Missouri', newBarNumber: '<b>68421</b>', sponsorName: '<img src=x onerror=alert(1)>' },
      secrets: {},
    }).world;
    const { container } = render(<SiteView world={hostile} page={currentPage(hostile)} dispatch={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('cell', { name: '<b>68421</b>' })).toBeTruthy();
  });

  test('Upload opens +Browse and Use a sample PDF; the sample posts the upload', async () => {
    const { user, dispatch } = show(worldAfter(AT_SECTIONS));
    expect(screen.queryByLabelText('+Browse')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByLabelText('+Browse')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use a sample PDF' }));
    expect(dispatch).toHaveBeenCalledWith(expect.objectContaining({ form: 'pacer/efile/admission-sections', button: 'use-sample-pdf' }));
  });
});

describe('the PDF check in the page', () => {
  test('a file is a PDF when it starts with %PDF-', async () => {
    await expect(startsLikePdf(new Blob(['%PDF-1.7\n...']))).resolves.toBe(true);
    await expect(startsLikePdf(new Blob(['PK\u0003\u0004 a zip']))).resolves.toBe(false);
    await expect(startsLikePdf(new Blob(['%PD']))).resolves.toBe(false);
  });
});

describe("the court's e-mail link", () => {
  test('Pay Admission Fee opens the payment page in the simulated browser', async () => {
    const onFollowLink = vi.fn<(address: string) => void>();
    const user = userEvent.setup();
    render(
      <MailMessage
        mail={{
          id: 'mail-2',
          kind: 'email',
          template: 'admission-fee-due',
          to: 'a@example.test',
          from: 'cmecf_helpdesk@mow.uscourts.gov',
          subject: 'Attorney admission approved, fee due',
          receivedAt: '2019-02-13T09:00:00',
          intro: 'Approved.',
          fields: [],
          read: true,
          link: { label: 'Pay Admission Fee', address: 'https://pacer.psc.uscourts.gov/pscof/manage/efile/fee.jsf?request=52017' },
        }}
        onBack={vi.fn()}
        onFollowLink={onFollowLink}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Pay Admission Fee' }));
    await waitFor(() => expect(onFollowLink).toHaveBeenCalledWith('https://pacer.psc.uscourts.gov/pscof/manage/efile/fee.jsf?request=52017'));
  });
});
