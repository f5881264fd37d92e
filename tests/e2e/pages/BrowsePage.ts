/** Page object for the library browser (`#/jelajah`): facets, sort, result count and cards. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class BrowsePage extends AppPage {
  readonly facets: Locator;
  readonly results: Locator;
  readonly resultCount: Locator;
  readonly cards: Locator;
  readonly sort: Locator;
  readonly chips: Locator;
  readonly words: Locator;
  readonly grid: Locator;

  constructor(page: Page, baseUrl: string) {
    super(page, baseUrl);
    this.facets = page.locator('.browse-facets');
    this.results = page.locator('.browse-results');
    this.resultCount = page.locator('.browse-count');
    this.cards = this.results.locator('.doc-card');
    this.sort = page.getByRole('combobox', { name: /^(Urutkan menurut|Sort by)$/ });
    this.chips = page.getByRole('list', { name: /^(Saringan aktif|Active filters)$/ }).getByRole('button');
    this.words = page.getByRole('searchbox', { name: /^(Saring dengan kata|Filter by words)$/ });
    this.grid = this.results.getByRole('list', { name: /^(Hasil|Results)/ });
  }

  /** Opens the browser, optionally with a query string (`jenis=practice&urut=tahun`). */
  async openBrowse(query = ''): Promise<void> {
    await this.open(query ? `/jelajah?${query}` : '/jelajah');
    await expect(this.resultCount).toBeVisible();
  }

  facet(name: string | RegExp): Locator {
    return this.facets.getByRole('group', { name });
  }

  checkbox(facet: string | RegExp, value: string | RegExp): Locator {
    return this.facet(facet).getByRole('checkbox', { name: value, exact: typeof value === 'string' });
  }

  async tick(facet: string | RegExp, value: string | RegExp): Promise<void> {
    await this.checkbox(facet, value).check();
    await expect(this.checkbox(facet, value)).toBeChecked();
  }

  /** Long facets show their first values only; this opens the full list. */
  async expand(facet: string | RegExp): Promise<void> {
    const more = this.facet(facet).locator('button[aria-expanded="false"]');
    if ((await more.count()) > 0) {
      await more.click();
      await expect(this.facet(facet).locator('button[aria-expanded="true"]')).toBeVisible();
    }
  }

  /** Every value the facet offers (opening it in full) with its count, e.g. `{ Kesehatan: 5 }`. */
  async facetCounts(facet: string | RegExp): Promise<Record<string, number>> {
    await this.expand(facet);
    const rows = this.facet(facet).locator('.facet-value');
    const counts: Record<string, number> = {};
    for (const row of await rows.all()) {
      const label = ((await row.locator('.facet-label').textContent()) ?? '').trim();
      const count = ((await row.locator('.facet-count [aria-hidden="true"]').textContent()) ?? '').replace(/\D/g, '');
      counts[label] = Number(count);
    }
    return counts;
  }

  /** The titles of the cards rendered now (the grid renders only what is on screen). */
  async cardTitles(): Promise<string[]> {
    return (await this.cards.locator('.doc-card-title').allTextContents()).map((title) => title.trim());
  }

  /**
   * How many cards the list holds, as each card announces it (aria-setsize), whether or not all
   * of them are rendered.
   */
  async expectCardCount(count: number): Promise<void> {
    if (count === 0) await expect(this.cards).toHaveCount(0);
    else await expect(this.cards.first()).toHaveAttribute('aria-setsize', String(count));
  }

  /** Every card's title in list order, scrolling through the virtual grid as a reader would. */
  async allCardTitles(): Promise<string[]> {
    const titles = await this.page.evaluate(async () => {
      const main = document.getElementById('main')!;
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
      const found = new Map<number, string>();
      const collect = () => {
        for (const item of document.querySelectorAll('.browse-results [role="listitem"]')) {
          found.set(Number(item.getAttribute('aria-posinset')), item.querySelector('.doc-card-title')?.textContent?.trim() ?? '');
        }
      };
      const total = Number(document.querySelector('.browse-results [role="listitem"]')?.getAttribute('aria-setsize') ?? 0);
      main.scrollTop = 0;
      await frames();
      collect();
      for (let step = 0; found.size < total && step < 1000; step++) {
        main.scrollTop += Math.max(200, main.clientHeight * 0.9);
        await frames();
        collect();
      }
      main.scrollTop = 0;
      await frames();
      return { total, titles: [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, title]) => title) };
    });
    expect(titles.titles, 'every card was reached by scrolling').toHaveLength(titles.total);
    return titles.titles;
  }

  clearButton(): Locator {
    return this.page.getByRole('button', { name: /^(Hapus semua saringan|Clear all filters)$/ }).first();
  }

  emptyState(): Locator {
    return this.page.locator('.browse-results .empty-state');
  }

  /** The query string of the current hash route, as URLSearchParams. */
  query(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  }
}
