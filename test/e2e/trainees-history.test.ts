import { beforeAll, describe, expect, test } from 'vitest';
import { TraineesPages } from './poms/trainees';
import { deepLink } from './support/browser-mode';
import { scenarioSession } from './support/scenario-session';

const TITLE = 'Link your CM/ECF account at a NextGen bankruptcy court';
const TRAINEE = 'Morgan A. Ellis';

/**
 * A shared lab machine: a trainee adds a profile, switches to it, passes an
 * assessment, leaves a practice attempt half done, resumes it from the
 * history, abandons it, and the next person (Guest) sees none of it.
 */
describe('trainee profiles and history in Chromium', () => {
  const session = scenarioSession();
  let app: TraineesPages;

  beforeAll(() => {
    app = new TraineesPages(session.page);
  });

  /** Opens the scenario from the catalog, in the given mode, by its visible links. */
  async function openScenario(mode: 'Practice' | 'Assess') {
    await app.navigate('Scenarios');
    await session.page.getByRole('article', { name: TITLE }).getByRole('link', { name: mode, exact: true }).click();
    await expect.poll(() => session.sim.address.isVisible()).toBe(true);
  }

  /** Seed 000 steps 1-3: court website, E-Filing (CM/ECF), the filing system, the PACER login. */
  async function signInToCmecf() {
    await session.sim.openFilingSystem();
    await session.sim.logInToPacer();
    await session.sim.acknowledgeRedaction();
  }

  test('a new profile is added and chosen with the quick switch', async () => {
    await session.page.goto(deepLink(session.trainer, '#/trainees'));
    await expect.poll(() => session.sim.marker.isVisible()).toBe(true);
    await app.addProfile({ name: TRAINEE, email: 'morgan.ellis@ellis-law.example', barNumber: '61234', barState: 'MO' });
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: `Profile for ${TRAINEE} added.` }).isVisible()).toBe(true);

    await session.expectAccessible('trainees');
    await app.switchTo(TRAINEE);
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: `Now recording attempts for ${TRAINEE}.` }).count()).toBe(1);
    expect(await session.page.getByRole('article', { name: TRAINEE }).getByText('In use').isVisible()).toBe(true);
  });

  test('an assessment played by the labels the seed uses is recorded for that trainee', async () => {
    await openScenario('Assess');
    await signInToCmecf();
    await session.sim.linkCmecfAccount();
    await session.sim.showFilingMenusAndReadNotice();
    await session.finish(100);
  });

  test('History shows it with its score and Passed, and the progress across the catalog', async () => {
    await app.navigate('History');
    await expect.poll(() => session.page.getByRole('heading', { level: 1, name: `History — ${TRAINEE}` }).isVisible()).toBe(true);
    await expect.poll(() => app.attemptRows.count()).toBe(1);
    const row = app.attemptRow('Assessment');
    expect(await row.getByRole('rowheader').textContent()).toBe(TITLE);
    expect(await row.getByRole('cell', { name: '100', exact: true }).count()).toBe(1);
    expect(await row.getByRole('cell', { name: 'Passed', exact: true }).count()).toBe(1);
    expect(await app.progress.getAttribute('aria-valuenow')).toBe('1');
    expect(await session.page.getByText(/^1 of \d+ scenarios passed in an assessment$/).isVisible()).toBe(true);

    await session.expectAccessible('history');
    await row.getByRole('link', { name: 'View results' }).click();
    await expect.poll(() => session.page.url()).toMatch(/#\/results\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => session.page.getByText(/100\s*\/\s*100/).first().isVisible()).toBe(true);
  });

  test('a practice attempt left half done is "In progress" with Resume, which returns to the same screen', async () => {
    await openScenario('Practice');
    await signInToCmecf();
    await session.sim.menuItem('Utilities').click();
    await expect.poll(() => session.sim.heading('Utilities').isVisible()).toBe(true);
    await app.navigate('History');

    await expect.poll(() => app.attemptRows.count()).toBe(2);
    const row = app.attemptRow('Practice');
    expect(await row.getByRole('cell', { name: 'In progress', exact: true }).count()).toBe(1);
    await row.getByRole('link', { name: 'Resume' }).click();
    await expect.poll(() => session.sim.heading('Utilities').isVisible()).toBe(true);
    expect(await session.sim.address.inputValue()).toContain('DisplayMenu.pl?menu=Utilities');
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'Score:' }).textContent()).toContain('Score: 10 / 100');
  });

  test('Abandon, once confirmed, removes the Resume', async () => {
    await app.navigate('History');
    const row = app.attemptRow('Practice');
    await row.getByRole('button', { name: 'Abandon' }).click();
    await session.expectAccessible('history, asking before abandoning');
    await row.getByRole('button', { name: 'Yes, abandon' }).click();
    await expect.poll(() => row.getByRole('cell', { name: 'Abandoned', exact: true }).count()).toBe(1);
    expect(await row.getByRole('link', { name: 'Resume' }).count()).toBe(0);
    expect(await session.page.getByRole('link', { name: 'Resume' }).count()).toBe(0);
  });

  test('switching back to Guest shows none of that profile’s attempts', async () => {
    await app.switchTo('Guest');
    await expect.poll(() => session.page.getByRole('heading', { level: 1, name: 'History — Guest' }).isVisible()).toBe(true);
    await expect.poll(() => session.page.getByText(/No attempts yet/).isVisible()).toBe(true);
    expect(await app.attemptTable.count()).toBe(0);
    expect(await app.progress.getAttribute('aria-valuenow')).toBe('0');

    // And the choice survives a reload: the machine remembers Guest.
    await session.page.reload();
    await expect.poll(() => app.traineeSwitch.inputValue()).toBe('');
    await expect.poll(() => session.page.getByText(/No attempts yet/).isVisible()).toBe(true);
  });
});
