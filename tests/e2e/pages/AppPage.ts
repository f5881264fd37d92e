/** Page object for the app shell: navigation, top-bar search and the current page heading. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  readonly nav: Locator;
  readonly searchBox: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.nav = page.getByRole('navigation');
    this.searchBox = page.locator('#global-search');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(route = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}#${route}`);
    await expect(this.heading).toBeVisible();
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  /** Always into test-results/; with UPDATE_README_SCREENSHOTS=1 also into the README's folder. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
    if (process.env.UPDATE_README_SCREENSHOTS === '1') {
      await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
    }
  }
}
