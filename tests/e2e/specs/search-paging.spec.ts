/**
 * Every result is reachable: the list shows 50, says which of how many, and loads the next ones
 * by button (keyboard) or as its end scrolls into view. The count line never shows the previous
 * query's number under a new query.
 */
import { AppPage } from '../pages/AppPage';
import { SearchUi } from '../pages/SearchPage';
import { expect, test } from '../fixtures';

test.describe('search results, page by page', () => {
  test('says "Menampilkan 1–50 dari N", and the button loads the rest with focus on the first new result', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    // "inovasi" is in every bundled document (69 of them).
    await app.open('/cari?q=inovasi');
    await expect(search.count).toHaveText('69 dokumen cocok dengan “inovasi”');
    await expect(page.locator('.result-range')).toHaveText('Menampilkan 1–50 dari 69');
    await expect(search.hits).toHaveCount(50);
    const more = page.getByRole('button', { name: 'Muat 50 hasil berikutnya' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(search.hits).toHaveCount(69);
    await expect(page.locator('.result-range')).toHaveText('Menampilkan 1–69 dari 69');
    await expect(more).toHaveCount(0);
    // Focus moved to the 51st result; the list's keys go on from there.
    await expect(search.hits.nth(50).locator('.hit-title')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(search.hits.nth(51).locator('.hit-title')).toBeFocused();
    const titles = await page.locator('.hit-title').allTextContents();
    expect(new Set(titles).size).toBe(69);
  });

  test('loads the next results when the end of the list scrolls into view', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    await app.open('/cari?q=pelayanan');
    await expect(search.hits).toHaveCount(50);
    await page.locator('.more-results').scrollIntoViewIfNeeded();
    await expect(search.hits).toHaveCount(63);
    await expect(page.locator('.more-results-range')).toHaveText('Menampilkan 1–63 dari 63');
  });

  test('in English, the range reads as English', async ({ page, harness }) => {
    await harness.host.invoke('app:setLanguage', { language: 'en' });
    const app = new AppPage(page, harness.url);
    await app.open('/cari?q=inovasi');
    await expect(page.locator('.result-range')).toHaveText('Showing 1–50 of 69');
    await expect(page.getByRole('button', { name: 'Load the next 50 results' })).toBeVisible();
  });

  test('never shows the previous query\'s count under the new query', async ({ page, harness, context }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    await app.open('/cari?q=inovasi');
    await expect(search.count).toHaveText('69 dokumen cocok dengan “inovasi”');
    // Hold the passages of the next answer, so it is visibly on its way.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/search-text\//, async (route) => {
      await held;
      await route.continue();
    });
    await search.box.fill('sampah');
    await search.box.press('Enter');
    await expect(search.count).toHaveText('Mencari “sampah”…');
    await expect(page.locator('.result-range')).toHaveCount(0);
    release();
    await expect(search.count).toHaveText('4 dokumen cocok dengan “sampah”');
    await expect(page.locator('.result-range')).toHaveText('Menampilkan 1–4 dari 4');
  });
});
