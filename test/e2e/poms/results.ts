import type { Locator, Page } from 'playwright-core';

/** The results screen and the step-by-step replay, as a trainee or instructor reads them. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  get scoreCard(): Locator {
    return this.page.getByRole('region', { name: 'Score' });
  }

  /** The value shown next to a label of the score card, e.g. "Hints used". */
  detail(label: string): Locator {
    return this.scoreCard.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  objective(label: string): Locator {
    return this.page.getByRole('region', { name: 'Objectives' }).getByRole('listitem').filter({ hasText: label });
  }

  mistake(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Mistakes' }).getByRole('article', { name: title });
  }

  /** The value a mistake (or the replay's step panel) gives for a label such as "What you did". */
  definition(container: Locator, label: string): Locator {
    return container.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async stepThrough(): Promise<void> {
    await this.page.getByRole('link', { name: 'Step through this attempt' }).first().click();
  }

  get stepPanel(): Locator {
    return this.page.getByRole('region', { name: 'This step' });
  }

  get replayedBrowser(): Locator {
    return this.page.getByRole('region', { name: 'Simulated web browser' });
  }
}
