/** Page object for the reader: one document, its outline, checklists and glossary terms. */
import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentPage {
  readonly title: Locator;
  readonly body: Locator;
  readonly toc: Locator;
  readonly meta: Locator;
  readonly badge: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.title = page.getByRole('heading', { level: 1 });
    this.body = page.locator('.prose');
    this.toc = page.getByRole('navigation', { name: 'Daftar isi' });
    this.meta = page.locator('.meta-panel');
    this.badge = page.locator('.document-header .badge-illustrative');
  }

  async open(id: string, section?: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/dokumen/${id}${section ? `?bagian=${section}` : ''}`);
    await expect(this.title).toBeVisible();
  }

  checklistItems(): Locator {
    return this.body.locator('li.task-item input[type="checkbox"]');
  }

  get checklistProgress(): Locator {
    return this.page.locator('.checklist-progress');
  }
}
