import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../../shared/model/reducer';
import { applyAll, atRedactionNotice, go, lastEvent, renderSite } from './site-harness';

const CHECKBOX = 'I understand that, if I file, I must comply with the redaction rules. I have read this notice.';

describe('redaction notice', () => {
  test('is a modal dialog named by its heading, and focus moves into it', () => {
    const { page } = renderSite(atRedactionNotice());
    expect(page).toEqual({ kind: 'redaction-notice', courtId: 'moeb' });
    const dialog = screen.getByRole('dialog', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole('heading', { name: 'IMPORTANT NOTICE OF REDACTION RESPONSIBILITY' })).toBeVisible();
  });

  test('lists what filers must redact', () => {
    renderSite(atRedactionNotice());
    for (const item of [/Social Security or taxpayer-identification numbers/, /dates of birth/, /names of minor children/, /financial account numbers/]) {
      expect(screen.getByText(item)).toBeVisible();
    }
    // A bankruptcy court: no criminal-case home addresses.
    expect(screen.queryByText(/home addresses/)).toBeNull();
  });

  test('district courts add home addresses in criminal cases', () => {
    const world = atRedactionNotice();
    renderSite({ ...world, courts: { moeb: { ...world.courts.moeb!, type: 'district' } } });
    expect(screen.getByText(/in criminal cases, home addresses/)).toBeVisible();
  });

  test('Continue stays disabled until the box is checked', async () => {
    const { dispatch, user } = renderSite(atRedactionNotice());
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton).toBeDisabled();
    await user.click(continueButton);
    expect(dispatch).not.toHaveBeenCalled();

    const checkbox = screen.getByRole('checkbox', { name: CHECKBOX });
    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(continueButton).toBeEnabled();
    await user.click(continueButton);
    expect(lastEvent(dispatch)).toEqual({ type: 'cmecf/redaction-acknowledged', courtId: 'moeb' });

    await user.click(checkbox);
    expect(continueButton).toBeDisabled();
  });

  test('shows the error when the trainee tries to go around it', () => {
    const world = applyAll(atRedactionNotice(), [go('https://ecf.moeb.uscourts.gov/cgi-bin/DisplayMenu.pl?menu=Utilities')]);
    renderSite(world);
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.redactionRequired);
  });
});
