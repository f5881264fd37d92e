import { AppPage } from '../pages/AppPage';
import { SettingsPage } from '../pages/SettingsPage';
import { emitHostEvent, expect, test } from '../fixtures';

test.describe('app shell', () => {
  test('starts and moves between pages without a single Content Security Policy violation', async ({ page, harness }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const app = new AppPage(page, harness.url);
    await app.open();
    await expect(app.heading).toHaveText('Pustaka');
    for (const route of ['/jelajahi', '/catatan', '/pengaturan']) {
      await app.open(route);
      await expect(app.heading).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });

  test('opens on the library home in Indonesian, listing the bundled documents', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open();
    await expect(app.heading).toHaveText('Pustaka');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    const listed = await harness.host.invoke('library:list', undefined);
    const documents = listed.ok && 'documents' in listed.value ? listed.value.documents : [];
    const practices = documents.filter((d) => d.type === 'practice').length;
    expect(practices).toBeGreaterThan(6);
    // A few of each type, newest first, and a way to all of them.
    const group = page.getByRole('region', { name: /^Praktik Baik/ });
    await expect(group.locator('.doc-card')).toHaveCount(6);
    await group.getByRole('link', { name: `Lihat semua ${practices} dokumen Praktik Baik →` }).click();
    await expect(page.locator('.doc-card')).toHaveCount(practices);
    await page.goBack();
    await app.screenshot('library-home-light');
  });

  test('switches the language to English and back, and remembers it after a reload', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const settings = new SettingsPage(page);
    await app.open('/pengaturan');
    await settings.language('English').check();
    await expect(app.heading).toHaveText('Settings');
    await expect(app.navLink('Library')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(app.heading).toHaveText('Settings');
    await app.screenshot('settings-en-light');

    await settings.language('Bahasa Indonesia').check();
    await expect(app.heading).toHaveText('Pengaturan');
    await expect(app.navLink('Pustaka')).toBeVisible();
    await page.reload();
    await expect(app.heading).toHaveText('Pengaturan');
  });

  test('turns dark mode on and off, and keeps the choice after a reload', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const settings = new SettingsPage(page);
    await app.open('/pengaturan');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();

    await settings.theme(/^Gelap$/).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.screenshot('settings-dark');
    await app.open('/');
    await app.screenshot('library-home-dark');

    await app.open('/pengaturan');
    await settings.theme(/^Terang$/).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('follows the system colour scheme when set to follow the system', async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('reaches every section with the keyboard alone', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    const sections: [string, string][] = [
      ['Cari', 'Cari'],
      ['Catatan', 'Catatan'],
      ['Presentasi', 'Presentasi'],
      ['Pengaturan', 'Pengaturan'],
      ['Pustaka', 'Pustaka'],
    ];
    for (const [link, heading] of sections) {
      // Tab from the top of the page (its first stop, the skip link) until the link has focus, then
      // press Enter. Each page moves the focus to its heading, so start again from the top.
      await page.locator('.skip-link').focus();
      let reached = false;
      for (let i = 0; i < 20 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await app.navLink(link).evaluate((el) => el === document.activeElement);
      }
      expect(reached, `Tab reaches “${link}”`).toBe(true);
      const outline = await app.navLink(link).evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, 'focus is visible').not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(app.heading).toHaveText(heading);
    }
  });

  test('Ctrl+K focuses the search box and Enter shows matching documents', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await page.keyboard.press('Control+k');
    await expect(app.searchBox).toBeFocused();
    await page.keyboard.type('seminar');
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText('Cari');
    await expect(page.getByRole('status').filter({ hasText: /cocok dengan “seminar”/ })).toBeVisible();
    await expect(page.locator('.hit-list > li').first()).toBeVisible();

    await app.searchBox.fill('zzzqqq');
    await app.searchBox.press('Enter');
    await expect(page.getByRole('heading', { name: 'Tidak ada dokumen yang cocok dengan “zzzqqq”' })).toBeVisible();
    await expect(page.getByText('Periksa ejaan')).toBeVisible();
  });

  test('follows navigation and search commands sent by the application menu', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await emitHostEvent(page, 'menu:navigate', { route: '/pengaturan' });
    await expect(app.heading).toHaveText('Pengaturan');
    await emitHostEvent(page, 'menu:focusSearch', {});
    await expect(app.searchBox).toBeFocused();
  });

  test('fits a 1024×700 screen without sideways scrolling', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const app = new AppPage(page, harness.url);
    for (const route of ['/', '/cari?q=inovasi', '/pengaturan']) {
      await app.open(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await app.open('/');
    await app.screenshot('library-home-1024');
  });
});
