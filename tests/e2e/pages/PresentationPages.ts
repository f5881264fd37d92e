/** Page objects for presenting: the audience view, the presenter view and the handout. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SEMINAR_DECK = 'seminar-dek-pembinaan-inovasi';

export class AudienceView {
  readonly root: Locator;
  readonly slide: Locator;
  readonly blank: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.audience');
    this.slide = page.locator('.audience .slide');
    this.blank = page.locator('.audience-blank');
  }

  async open(baseUrl: string, kind: 'dokumen' | 'paket', id: string, slide?: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/tampil/${kind}/${id}${slide ? `?salindia=${slide}` : ''}`);
    await expect(this.slide).toBeVisible();
  }

  async expectSlide(n: number): Promise<void> {
    await expect(this.root).toHaveAttribute('data-slide', String(n));
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }
}

export class PresenterView {
  readonly position: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly notes: Locator;
  readonly elapsed: Locator;
  readonly countdown: Locator;
  readonly overview: Locator;

  constructor(readonly page: Page) {
    this.position = page.getByTestId('position');
    this.current = page.locator('.presenter-current .slide');
    this.next = page.locator('.presenter-next');
    this.notes = page.locator('.presenter-notes');
    this.elapsed = page.getByTestId('elapsed');
    this.countdown = page.getByTestId('countdown');
    this.overview = page.getByRole('navigation', { name: 'Semua salindia' });
  }

  async open(baseUrl: string, kind: 'dokumen' | 'paket', id: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/penyaji/${kind}/${id}`);
    await expect(this.position).toBeVisible();
  }

  async expectSlide(n: number, total: number): Promise<void> {
    await expect(this.position).toHaveText(`Salindia ${n} dari ${total}`);
  }
}
