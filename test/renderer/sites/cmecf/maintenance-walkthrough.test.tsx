import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { watchWorlds } from '../../../../renderer/watch/watch-steps';
import { SiteView } from '../../../../renderer/sites/SiteView';
import { currentPage } from '../../../../shared/model/pages';
import { builtinScenario } from '../../../support/scenarios';

/**
 * Each walkthrough step of the two Maintain Your ECF Account scenarios names
 * the control it acts on by role and visible label; on the screen the step
 * starts from, that control must be there (the address bar and the Mailbox
 * button belong to the app around the site, not to the site).
 */

const APP_CONTROLS = new Set(['textbox Address', 'button Mailbox']);

describe.each(['cmecf-secondary-email', 'filing-agent-setup'])('%s walkthrough targets', (id) => {
  const scenario = builtinScenario(id);
  const worlds = watchWorlds(scenario);
  const steps = scenario.walkthrough.map((step, index) => ({ step, world: worlds[index]!, index }));

  test.each(steps.filter(({ step }) => step.target && !APP_CONTROLS.has(`${step.target.role} ${step.target.name}`)))(
    'step $index: "$step.caption"',
    ({ step, world }) => {
      const target = step.target!;
      render(<SiteView world={world} page={currentPage(world)} dispatch={vi.fn()} />);
      expect(screen.getAllByRole(target.role, { name: target.name }).length).toBeGreaterThan(0);
      cleanup();
    },
  );
});
