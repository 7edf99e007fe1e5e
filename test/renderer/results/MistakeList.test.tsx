import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { AttemptReport } from '../../../shared/api/contract';
import { isMistakeCode } from '../../../shared/model/mistakes';
import { MistakeList } from '../../../renderer/results/MistakeList';
import { definitionFor } from '../support/queries';

/** A mistake as an older trainer stored it in a report: its code has since left the catalogue. */
const RETIRED: AttemptReport['mistakes'][number] = {
  at: 4,
  code: 'pacer-legacy-login-used',
  title: 'Used the retired legacy PACER login',
  rule: 'After the upgrade, the legacy PACER login no longer works.',
  remedy: 'Sign in with the upgraded PACER account.',
  source: 'A seed page of that day',
  message: 'Invalid username or password.',
  penalty: 15,
};

describe('mistakes of a stored report', () => {
  test('one whose code no longer exists shows the title, rule, remedy and source it was written with', () => {
    expect(isMistakeCode(RETIRED.code)).toBe(false);
    render(
      <MemoryRouter>
        <MistakeList mistakes={[RETIRED]} timeline={null} attemptId="kept-1" />
      </MemoryRouter>,
    );
    const mistake = screen.getByRole('article', { name: /Used the retired legacy PACER login/ });
    expect(mistake).toHaveTextContent('(−15 points)');
    expect(definitionFor(mistake, 'The system said')).toHaveTextContent('Invalid username or password.');
    expect(definitionFor(mistake, 'What to do instead')).toHaveTextContent('Sign in with the upgraded PACER account.');
    expect(definitionFor(mistake, 'The rule')).toHaveTextContent('After the upgrade, the legacy PACER login no longer works.');
    expect(definitionFor(mistake, 'Source')).toHaveTextContent('A seed page of that day');
  });
});
