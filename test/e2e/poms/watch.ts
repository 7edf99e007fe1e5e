import type { Locator, Page } from 'playwright-core';

/**
 * Watch mode as a presenter sees it: the caption bar, the toolbar, the
 * read-only stage, and the presenter-notes tab. Found by visible labels.
 */
export class WatchPlayer {
  constructor(readonly page: Page) {}

  get caption(): Locator {
    return this.page.getByRole('status', { name: 'Walkthrough step' });
  }

  get stage(): Locator {
    return this.page.getByRole('region', { name: 'Walkthrough screen (read-only)' });
  }

  get projector(): Locator {
    return this.page.getByLabel('Projector', { exact: true });
  }

  get presenterNotesButton(): Locator {
    return this.page.getByRole('button', { name: 'Presenter notes' });
  }

  /** Presses a key `times` times, as a presenter (or a clicker) would. */
  async press(key: string, times = 1): Promise<void> {
    for (let pressed = 0; pressed < times; pressed++) await this.page.keyboard.press(key);
  }

  async rootZoom(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.documentElement).zoom);
  }
}

/** The presenter-notes tab. */
export class PresenterNotes {
  constructor(readonly page: Page) {}

  get current(): Locator {
    return this.page.getByRole('status', { name: 'Current step' });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next →' }).click();
  }
}
