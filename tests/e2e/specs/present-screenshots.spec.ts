/**
 * The audience and presenter views at a 16:9 projector (1920×1080) and a 4:3 one (1024×768), in
 * light and dark. With UPDATE_README_SCREENSHOTS=1 they are saved under tests/e2e/screenshots/.
 */
import type { Page } from '@playwright/test';
import { openHarnessPage } from '../host/harnessPage';
import { AudienceView, PresenterView, SEMINAR_DECK } from '../pages/PresentationPages';
import { expect, test } from '../fixtures';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
  if (process.env.UPDATE_README_SCREENSHOTS === '1') await page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
}

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

for (const theme of ['light', 'dark'] as const) {
  test(`audience and presenter views, ${theme}`, async ({ page, harness, context }) => {
    await harness.host.invoke('app:setTheme', { theme });
    const audience = new AudienceView(page);
    const presenterPage = await openHarnessPage(context, harness);
    const presenter = new PresenterView(presenterPage);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await presenterPage.setViewportSize(size);
      await audience.open(harness.url, 'dokumen', SEMINAR_DECK, 4);
      await presenter.open(harness.url, 'dokumen', SEMINAR_DECK);
      await presenter.expectSlide(4, 22);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(presenter.notes).not.toContainText('Tidak ada catatan');
      const suffix = `${size.width}x${size.height}-${theme}`;
      await shoot(page, `present-audience-${suffix}`);
      await shoot(presenterPage, `present-presenter-${suffix}`);
    }
    await presenterPage.close();
  });
}
