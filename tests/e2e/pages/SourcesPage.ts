/** Page object for Pengaturan → Sumber pustaka: the list of sources, adding a folder, each source's card. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class SourcesPage extends AppPage {
  readonly list: Locator;
  readonly folderPath: Locator;
  readonly addButton: Locator;
  readonly notice: Locator;
  readonly removeDialog: Locator;

  constructor(page: Page, baseUrl: string) {
    super(page, baseUrl);
    this.list = page.getByRole('list', { name: /^(Daftar sumber pustaka|Library sources)$/ });
    this.folderPath = page.getByRole('textbox', { name: /^(Lokasi folder|Folder location)$/ });
    this.addButton = page.getByRole('button', { name: /^(Tambahkan folder|Add folder)$/ });
    this.notice = page.locator('.sources-notice');
    this.removeDialog = page.getByRole('dialog');
  }

  async openSources(): Promise<void> {
    await this.open('/pengaturan/sumber');
    await expect(this.list.getByRole('article').first()).toBeVisible();
  }

  /** A source's card, by the name shown in its heading. */
  card(name: string | RegExp): Locator {
    return this.list.getByRole('article', { name });
  }

  async addFolder(path: string): Promise<void> {
    await this.folderPath.fill(path);
    await this.addButton.click();
  }

  progressOf(name: string | RegExp): Locator {
    return this.card(name).getByRole('progressbar');
  }

  problemsToggle(name: string | RegExp): Locator {
    return this.card(name).getByRole('button', { name: /masalah|problem/i });
  }

  problemRows(name: string | RegExp): Locator {
    return this.card(name).locator('.problem-list > li');
  }

  /**
   * Records, from now on, every progress text the page shows (a small folder may finish between
   * two screens, so the test looks at what was shown rather than at what is still there).
   */
  async watchProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
      const note = () => {
        for (const bar of document.querySelectorAll('progress')) {
          const text = bar.closest('.source-progress')?.textContent ?? '';
          if (text && !seen.includes(text)) seen.push(text);
        }
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      note();
    });
  }

  async progressSeen(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __progressSeen?: string[] }).__progressSeen ?? []);
  }
}
