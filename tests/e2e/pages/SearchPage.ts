/** Page object for searching: the top-bar combobox and the full results page. */
import type { Locator, Page } from '@playwright/test';

export class SearchUi {
  readonly box: Locator;
  readonly panel: Locator;
  readonly options: Locator;
  readonly hits: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Cari di pustaka' });
    this.panel = page.getByRole('listbox', { name: 'Saran hasil pencarian' });
    this.options = this.panel.getByRole('option');
    this.hits = page.locator('.hit-list > li');
    this.count = page.locator('.result-count');
  }

  async type(text: string): Promise<void> {
    await this.box.click();
    await this.box.pressSequentially(text, { delay: 30 });
  }
}
