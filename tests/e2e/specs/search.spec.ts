import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { SearchUi } from '../pages/SearchPage';
import { expect, test } from '../fixtures';

test.describe('searching the library', () => {
  test('shows results as you type and opens the chosen passage with the words highlighted', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    await app.open('/');
    await search.type('pengaduan');
    await expect(search.options.first()).toBeVisible();
    // Titles and passages arrive separately; wait until the passages are in so the list is settled.
    await expect(page.locator('.search-panel .snippet').first()).toBeVisible();
    expect(await search.options.count()).toBeGreaterThan(1);
    await page.screenshot({ path: 'test-results/screenshots/search-panel-light.png' });
    await search.box.press('ArrowDown');
    const selected = search.panel.locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveCount(1);
    const chosen = (await selected.locator('.option-title').textContent()) ?? '';
    await search.box.press('Enter');
    const reader = new DocumentPage(page, harness.url);
    await expect(reader.title).toHaveText(chosen.split(' › ')[0]!);
    const marks = reader.body.locator('mark.search-hit');
    await expect(marks.first()).toBeVisible();
    // Stemming: every highlighted word is a form of "adu" (pengaduan, mengadu, aduan, ...).
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/adu/);
  });

  test('Enter without a choice shows every result, with passages and counts per facet', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    await app.open('/');
    await search.type('layanan kesehatan');
    await search.box.press('Enter');
    await expect(app.heading).toHaveText('Cari');
    await expect(search.count).toContainText('cocok dengan “layanan kesehatan”');
    const total = await search.hits.count();
    expect(total).toBeGreaterThan(1);
    // Stemmed highlighting: "layanan" also marks "pelayanan".
    const marked = (await page.locator('.hit-list mark').allTextContents()).map((t) => t.toLowerCase());
    expect(marked.some((t) => t.includes('pelayanan') || t.includes('layanan'))).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/search-results-light.png' });

    // A facet narrows the results by adding a filter to the query.
    await page.locator('.search-facets section', { hasText: 'Sektor' }).getByRole('button', { name: /Kesehatan/ }).click();
    await expect(page).toHaveURL(/sektor%3Akesehatan/);
    await expect(search.count).toBeVisible();
    expect(await search.hits.count()).toBeLessThanOrEqual(total);
    for (const meta of await page.locator('.hit .doc-type').allTextContents()) expect(meta).toBe('Praktik baik');
  });

  test('suggests the right spelling for a typo and still finds the document', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/cari?q=inovsi%20replikasi');
    await expect(page.getByText('Mungkin maksud Anda:')).toBeVisible();
    await expect(page.locator('.did-you-mean a')).toContainText('inovasi');
    await expect(new SearchUi(page).hits.first()).toBeVisible();
  });

  test('explains what to try when nothing matches', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/cari?q=zzqxv%20wqzzk');
    await expect(page.getByRole('heading', { name: /Tidak ada dokumen yang cocok/ })).toBeVisible();
    await expect(page.getByText('Gunakan satu atau dua kata inti')).toBeVisible();
  });

  test('finds words inside a document with Ctrl+F and steps through them', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring');
    await reader.body.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Cari di dokumen ini' });
    await expect(find).toBeFocused();
    await find.fill('puskesmas');
    const count = page.locator('.find-count');
    await expect(count).toHaveText(/^1 dari \d+$/);
    const total = Number((await count.textContent())!.split(' dari ')[1]);
    expect(total).toBeGreaterThan(2);
    await find.press('Enter');
    await expect(count).toHaveText(`2 dari ${total}`);
    await find.press('Shift+Enter');
    await find.press('Shift+Enter');
    await expect(count).toHaveText(`${total} dari ${total}`);
    await find.press('Escape');
    await expect(reader.body.locator('mark.find-hit')).toHaveCount(0);
  });
});
