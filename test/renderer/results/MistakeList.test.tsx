import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import { isMistakeCode } from '../../../shared/model/mistakes';
import { MistakeList } from '../../../renderer/results/MistakeList';
import { definitionFor } from '../support/queries';
import { RETIRED_MISTAKE } from '../../support/retired-mistake';

describe('mistakes of a stored report', () => {
  test('one whose code no longer exists shows the title, rule, remedy and source it was written with', () => {
    expect(isMistakeCode(RETIRED_MISTAKE.code)).toBe(false);
    render(
      <MemoryRouter>
        <MistakeList mistakes={[RETIRED_MISTAKE]} timeline={null} attemptId="kept-1" />
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
