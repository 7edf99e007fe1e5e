import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { TimeControl } from '../../../renderer/play/TimeControl';
import { Attempt } from '../../support/attempt';
import { builtinScenario } from '../../support/scenarios';

test('shows the simulated date and lets the trainee wait business days', async () => {
  const world = new Attempt(builtinScenario('cmecf-link-bankruptcy')).world;
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  render(<TimeControl world={world} dispatch={dispatch} />);
  const [year, month, day] = world.clock.slice(0, 10).split('-');
  expect(screen.getByText(`${month}/${day}/${year}`, { exact: false })).toBeVisible();
  const user = userEvent.setup();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Let time pass' }), '10 business days');
  await user.click(screen.getByRole('button', { name: 'Wait' }));
  expect(dispatch).toHaveBeenCalledWith({ type: 'trainee/waited', businessDays: 10 });
});
