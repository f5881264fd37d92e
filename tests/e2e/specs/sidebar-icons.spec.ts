/**
 * The sidebar's icons say what each page is (lucide: a magnifier for Cari, a gear for Pengaturan),
 * are hidden from screen readers, and leave the text label as each link's name. Screenshots of the
 * sidebar at 1366×768 in light and dark go to test-results/screenshots/.
 */
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';

const PAGES = [
  { label: 'Pustaka', icon: 'lucide-library' },
  { label: 'Cari', icon: 'lucide-search' },
  { label: 'Catatan', icon: 'lucide-notebook-pen' },
  { label: 'Presentasi', icon: 'lucide-presentation' },
  { label: 'Pengaturan', icon: 'lucide-settings' },
];

for (const theme of ['light', 'dark'] as const) {
  test(`sidebar icons are decorative and each link keeps its text name, ${theme}`, async ({ page, harness }) => {
    await harness.host.invoke('app:setTheme', { theme });
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const { label, icon } of PAGES) {
      const link = app.navLink(label);
      await expect(link, `${label} is named by its text alone`).toHaveAccessibleName(label);
      const svg = link.locator('svg');
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveClass(new RegExp(icon));
      await expect(svg).toHaveAttribute('aria-hidden', 'true');
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(16);
      expect(box.height).toBeGreaterThanOrEqual(16);
    }
    await page.screenshot({ path: `test-results/screenshots/sidebar-icons-${theme}.png`, clip: { x: 0, y: 0, width: 400, height: 420 } });
  });
}

test('the English sidebar shows the same icons beside English labels', async ({ page, harness }) => {
  await harness.host.invoke('app:setLanguage', { language: 'en' });
  const app = new AppPage(page, harness.url);
  await app.open('/');
  await expect(app.navLink('Search')).toHaveAccessibleName('Search');
  await expect(app.navLink('Search').locator('svg')).toHaveClass(/lucide-search/);
  await expect(app.navLink('Settings').locator('svg')).toHaveClass(/lucide-settings/);
});
