import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { initialWorld } from '../../../shared/model/initial-world';
import { apply } from '../../../shared/model/reducer';
import { scriptedEvent } from '../../../shared/model/replay';
import type { World } from '../../../shared/model/world';
import { Mailbox } from '../../../renderer/mailbox/Mailbox';
import { builtinScenario } from '../../support/scenarios';
import { definitionFor } from '../support/queries';

const scenario = builtinScenario('cmecf-link-bankruptcy');
const SALT = 'salt-12345';

/** The world once the accounts are linked: the link notice is in the mailbox, unread. */
function linkedWorld(): World {
  const untilLinked = scenario.walkthrough.slice(0, 9).map((step) => scriptedEvent(step.action, SALT));
  return untilLinked.reduce((world, event) => apply(world, event).world, initialWorld(scenario, { salt: SALT, mode: 'practice' }));
}

function setup(world: World) {
  const dispatch = vi.fn<(event: TrainerEvent) => void>();
  const user = userEvent.setup();
  const view = render(<Mailbox world={world} dispatch={dispatch} />);
  return { dispatch, user, ...view };
}

test('the Mailbox button shows the unread count and opens the mailbox', async () => {
  const { user } = setup(linkedWorld());
  const button = screen.getByRole('button', { name: /^Mailbox/ });
  expect(button).toHaveAccessibleName('Mailbox (1 unread)');
  await user.click(button);
  const mailbox = screen.getByRole('dialog', { name: 'Mailbox' });
  expect(within(mailbox).getByRole('heading', { name: 'Mailbox' })).toHaveFocus();
});

test('lists the link notice, and opening it shows the notice fields and dispatches mail/opened', async () => {
  const { user, dispatch } = setup(linkedWorld());
  await user.click(screen.getByRole('button', { name: /^Mailbox/ }));
  const mailbox = screen.getByRole('dialog', { name: 'Mailbox' });
  const item = within(mailbox).getByRole('button', { name: /NextGen CM\/ECF account change processed: MISSOURI EASTERN BANKRUPTCY COURT/ });
  expect(item).toHaveTextContent('From: cmecf_helpdesk@moeb.uscourts.gov');
  expect(item).toHaveTextContent(/Received 07\/22\/2019 10:41:\d\d/);

  await user.click(item);
  expect(dispatch).toHaveBeenCalledWith({ type: 'mail/opened', mailId: 'mail-1' });
  expect(within(mailbox).getByText(/This email is notification that the change you requested/)).toBeVisible();
  expect(definitionFor(mailbox, 'Transaction Status')).toHaveTextContent('Processed');
  expect(definitionFor(mailbox, 'Request')).toHaveTextContent('Link');
  expect(definitionFor(mailbox, 'Account Number')).toHaveTextContent('4417093');
  expect(definitionFor(mailbox, 'Court')).toHaveTextContent('MISSOURI EASTERN BANKRUPTCY COURT');
  expect(definitionFor(mailbox, 'Transaction ID')).toHaveTextContent('10005');
  expect(definitionFor(mailbox, 'Date/Time Submitted')).toHaveTextContent(/07\/22\/2019 .* CST/);
  expect(definitionFor(mailbox, 'Comment')).toHaveTextContent('Your PACER account has been linked to your CM/ECF account.');

  await user.click(within(mailbox).getByRole('button', { name: 'All messages' }));
  expect(within(mailbox).getByRole('list', { name: 'Messages' })).toBeVisible();
});

test('an empty mailbox says so; Escape closes it and returns focus to the button', async () => {
  const world = initialWorld(scenario, { salt: SALT, mode: 'practice' });
  const { user } = setup(world);
  const button = screen.getByRole('button', { name: 'Mailbox' });
  await user.click(button);
  expect(screen.getByText(/No messages yet/)).toBeVisible();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog', { name: 'Mailbox' })).not.toBeInTheDocument();
  expect(button).toHaveFocus();
});
