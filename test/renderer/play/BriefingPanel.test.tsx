import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { BriefingPanel } from '../../../renderer/play/BriefingPanel';
import { builtinScenario } from '../../support/scenarios';
import { definitionFor } from '../support/queries';

const scenario = builtinScenario('cmecf-link-bankruptcy');

const givenValue = (label: string) => definitionFor(document.body, label);

test('is a complementary landmark headed "Briefing" with role, situation and task', () => {
  render(<BriefingPanel scenario={scenario} />);
  const panel = screen.getByRole('complementary', { name: 'Briefing' });
  expect(within(panel).getByRole('heading', { name: 'Briefing' })).toBeVisible();
  expect(panel).toHaveTextContent('Attorney, Whitfield & Okafor LLC, St. Louis');
  expect(panel).toHaveTextContent(/went live on NextGen CM\/ECF on July 15, 2019/);
  expect(panel).toHaveTextContent(/Link your current CM\/ECF account to your upgraded individual PACER account/);
});

test('lists what the trainee is given as label/value pairs, with notes', () => {
  render(<BriefingPanel scenario={scenario} />);
  expect(screen.getByRole('heading', { name: 'What you are given' })).toBeVisible();
  expect(givenValue('PACER username')).toHaveTextContent(/^dwhitfield$/);
  expect(givenValue('CM/ECF login')).toHaveTextContent(/^dmw4521$/);
  expect(givenValue("Firm's shared PACER username")).toHaveTextContent(/^wokaforlaw$/);
  expect(screen.getByText('Issued by the court before NextGen')).toBeVisible();
});
