import type { DocumentSummary } from '../../../core/content/types';
import type { HarnessHost } from '../host/harnessHost';
import { BrowsePage } from '../pages/BrowsePage';
import { expect, test } from '../fixtures';

/** The library as the host serves it: expectations come from the data, not from a frozen copy. */
async function libraryDocs(harness: HarnessHost): Promise<DocumentSummary[]> {
  const result = await harness.host.invoke('library:list', undefined);
  if (!result.ok || !('documents' in result.value)) throw new Error('library:list failed');
  return result.value.documents as DocumentSummary[];
}

type Practice = Extract<DocumentSummary, { type: 'practice' }>;
const isPractice = (doc: DocumentSummary): doc is Practice => doc.type === 'practice';

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const n = (value: number) => value.toLocaleString('id-ID');
const STATUS_LABELS = { berlanjut: 'Berlanjut', vakum: 'Vakum' } as const;

test.describe('browse the library with facets', () => {
  test('narrows by type and sector, updates the other facets, and keeps the filters on reload, back and forward', async ({
    page,
    harness,
  }) => {
    const docs = await libraryDocs(harness);
    const practices = docs.filter(isPractice);
    const health = practices.filter((doc) => doc.sector === 'kesehatan');
    expect(health.length).toBeGreaterThan(0);
    expect(health.length).toBeLessThan(practices.length);

    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    await expect(browse.heading).toHaveText('Jelajahi Pustaka');
    await expect(browse.resultCount).toHaveText(`${n(docs.length)} dokumen`);
    await browse.expectCardCount(docs.length);
    const provincesBefore = await browse.facetCounts('Provinsi');
    expect(provincesBefore).toEqual(countBy(practices, (doc) => doc.region.province));

    await browse.tick('Jenis dokumen', 'Praktik baik');
    await expect(browse.resultCount).toHaveText(`Menampilkan ${n(practices.length)} dari ${n(docs.length)} dokumen`);
    await browse.expectCardCount(practices.length);

    await browse.tick('Sektor', 'Kesehatan');
    const narrowed = `Menampilkan ${n(health.length)} dari ${n(docs.length)} dokumen`;
    await expect(browse.resultCount).toHaveText(narrowed);
    await browse.expectCardCount(health.length);
    expect((await browse.allCardTitles()).sort()).toEqual(health.map((doc) => doc.title).sort());

    // The other facets now count only health practices...
    const provincesAfter = await browse.facetCounts('Provinsi');
    expect(provincesAfter).toEqual(countBy(health, (doc) => doc.region.province));
    expect(provincesAfter).not.toEqual(provincesBefore);
    expect(await browse.facetCounts('Status inovasi')).toEqual(countBy(health, (doc) => STATUS_LABELS[doc.status]));
    expect(await browse.facetCounts('Jenis dokumen')).toEqual({ 'Praktik baik': health.length });
    // ...while the sector facet ignores its own choice, so one can still switch sectors.
    const sectors = await browse.facetCounts('Sektor');
    expect(sectors['Kesehatan']).toBe(health.length);
    expect(Object.values(sectors).reduce((a, b) => a + b, 0)).toBe(practices.length);
    expect(sectors['Administrasi Kependudukan']).toBe(practices.filter((d) => d.sector === 'administrasi-kependudukan').length);

    expect(browse.query().getAll('jenis')).toEqual(['practice']);
    expect(browse.query().getAll('sektor')).toEqual(['kesehatan']);
    await expect(browse.chips).toHaveCount(2);
    await browse.screenshot('browse-light');

    await page.reload();
    await expect(browse.checkbox('Jenis dokumen', 'Praktik baik')).toBeChecked();
    await expect(browse.checkbox('Sektor', 'Kesehatan')).toBeChecked();
    await expect(browse.resultCount).toHaveText(narrowed);

    await page.goBack();
    await expect(browse.checkbox('Sektor', 'Kesehatan')).not.toBeChecked();
    await expect(browse.checkbox('Jenis dokumen', 'Praktik baik')).toBeChecked();
    await browse.expectCardCount(practices.length);
    await page.goForward();
    await expect(browse.checkbox('Sektor', 'Kesehatan')).toBeChecked();
    await browse.expectCardCount(health.length);
  });

  test('opens from the library home page', async ({ page, harness }) => {
    const browse = new BrowsePage(page, harness.url);
    await browse.open('/');
    await page.getByRole('link', { name: 'Jelajahi dengan saringan' }).click();
    await expect(browse.heading).toHaveText('Jelajahi Pustaka');
    await expect(browse.resultCount).toBeVisible();
  });

  test('sorts by year (newest first, undated last) and by recent reading', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const yearOf = new Map(docs.map((doc) => [doc.title, isPractice(doc) ? doc.year : undefined]));
    expect(yearOf.size, 'titles are unique, so a card title identifies its document').toBe(docs.length);
    const newest = Math.max(...docs.filter(isPractice).map((doc) => doc.year));
    const [first, second] = [...docs].sort((a, b) => a.title.localeCompare(b.title, 'id')).slice(-2);
    await harness.host.invoke('reading:markOpened', { id: first!.id });
    await harness.host.invoke('reading:markOpened', { id: second!.id });

    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    const byTitle = await browse.allCardTitles();
    expect(byTitle).toHaveLength(docs.length);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'id')));

    await browse.sort.selectOption({ label: 'Tahun (terbaru dahulu)' });
    await expect.poll(() => browse.query().get('urut')).toBe('tahun');
    const years = (await browse.allCardTitles()).map((title) => yearOf.get(title));
    expect(years[0]).toBe(newest);
    const dated = years.filter((year): year is number => year !== undefined);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(years.slice(dated.length).every((year) => year === undefined), 'documents without a year come last').toBe(true);

    await page.reload();
    await expect(browse.sort).toHaveValue('year');
    expect(years[0]).toBe(yearOf.get((await browse.cardTitles())[0]!));

    await browse.sort.selectOption({ label: 'Terakhir dibaca' });
    await expect.poll(() => browse.query().get('urut')).toBe('terakhir-dibaca');
    const recent = await browse.allCardTitles();
    expect(recent.slice(0, 2)).toEqual([second!.title, first!.title]);
    const rest = recent.slice(2);
    expect(rest, 'never-read documents follow by title').toEqual([...rest].sort((a, b) => a.localeCompare(b, 'id')));
  });

  test('clears the filters, and explains a combination that matches nothing', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const browse = new BrowsePage(page, harness.url);

    // A guide never has a sector: a shared link may still ask for both.
    await browse.openBrowse('jenis=guide&sektor=kesehatan');
    await expect(browse.emptyState()).toBeVisible();
    await expect(browse.emptyState().getByRole('heading')).toHaveText('Tidak ada dokumen yang sesuai dengan saringan Anda');
    await expect(browse.emptyState()).toContainText('hanya berlaku untuk praktik baik');
    await browse.expectCardCount(0);
    await expect(browse.resultCount).toHaveText(`Menampilkan 0 dari ${n(docs.length)} dokumen`);
    await expect(browse.facet('Sektor')).toContainText('Hanya berlaku untuk praktik baik.');
    await expect(browse.checkbox('Sektor', 'Kesehatan')).toBeChecked();

    await browse.emptyState().getByRole('button', { name: 'Hapus semua saringan' }).click();
    await expect(browse.resultCount).toHaveText(`${n(docs.length)} dokumen`);
    await browse.expectCardCount(docs.length);
    await expect(browse.resultCount).toBeFocused();
    expect(browse.query().toString()).toBe('');
    await expect(browse.checkbox('Sektor', 'Kesehatan')).not.toBeChecked();

    // The same from the filter column, after ticking through the UI.
    await browse.tick('Jenis dokumen', 'Praktik baik');
    await browse.tick('Status inovasi', 'Vakum');
    await browse.expectCardCount(docs.filter((d) => isPractice(d) && d.status === 'vakum').length);
    await browse.clearButton().click();
    await browse.expectCardCount(docs.length);
    await expect(browse.clearButton()).toHaveCount(0);
  });

  test('removes one filter from its chip and keeps the keyboard focus in place', async ({ page, harness }) => {
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse('jenis=practice&sektor=kesehatan');
    await expect(browse.chips).toHaveCount(2);
    await browse.page.getByRole('button', { name: 'Hapus saringan Jenis dokumen: Praktik baik' }).click();
    await expect(browse.chips).toHaveCount(1);
    await expect(browse.chips.first()).toBeFocused();
    await expect(browse.checkbox('Jenis dokumen', 'Praktik baik')).not.toBeChecked();
    await expect(browse.checkbox('Sektor', 'Kesehatan')).toBeChecked();
  });

  test('works with the keyboard: Space ticks a facet and the focus stays on it', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const guides = docs.filter((doc) => doc.type === 'guide');
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    const box = browse.checkbox('Jenis dokumen', 'Panduan replikasi');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(box).toBeFocused();
    await expect(box).toHaveAccessibleDescription(`${n(guides.length)} dokumen`);
    await browse.expectCardCount(guides.length);
    expect(browse.query().getAll('jenis')).toEqual(['guide']);
    // Practice-only facets step aside with one explanation instead of showing zeros.
    await expect(browse.facet('Provinsi')).toHaveCount(0);
    await expect(browse.facet('Sektor')).toHaveCount(0);
    await expect(browse.facets).toContainText('hanya tersedia untuk praktik baik');
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
    await browse.expectCardCount(docs.length);
  });

  test('speaks English when the interface is set to English', async ({ page, harness }) => {
    await harness.host.invoke('app:setLanguage', { language: 'en' });
    const docs = await libraryDocs(harness);
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse('sektor=administrasi-kependudukan&urut=tahun');
    await expect(browse.heading).toHaveText('Browse the library');
    await expect(browse.checkbox('Sector', 'Population administration')).toBeChecked();
    const adminduk = docs.filter((doc) => isPractice(doc) && doc.sector === 'administrasi-kependudukan').length;
    await expect(browse.resultCount).toHaveText(`Showing ${adminduk} of ${docs.length} documents`);
    await expect(browse.sort).toHaveValue('year');
    await expect(browse.facet('SDGs')).toContainText('SDG 16');
  });

  test('fits 1024×700 and 1366×768 in light and dark themes', async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse('jenis=practice&sektor=kesehatan&urut=tahun');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await browse.screenshot('browse-dark');

    for (const [width, height] of [
      [1024, 700],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      const overflow = await page.evaluate(() => {
        const content = document.querySelector('.content')!;
        return content.scrollWidth - content.clientWidth;
      });
      expect(overflow, `no sideways scrolling at ${width}×${height}`).toBeLessThanOrEqual(0);
      const [facets, results] = await Promise.all([browse.facets.boundingBox(), browse.results.boundingBox()]);
      expect(facets!.x + facets!.width, `facets sit left of the results at ${width}×${height}`).toBeLessThanOrEqual(results!.x);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    await browse.screenshot('browse-1024-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await browse.screenshot('browse-1024-light');
  });
});

/** The words a card is matched on in Jelajahi's own box (renderer/src/library/browse/textQuery.ts). */
function cardText(doc: DocumentSummary): string {
  const parts = [doc.title, doc.summary, doc.tags.join(' ')];
  if (isPractice(doc)) parts.push(doc.agency, doc.region.province, doc.region.regency ?? '', doc.award ?? '');
  return parts.join('\n').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

test.describe('browse at scale: a virtual list, a words box and a filter column that stays', () => {
  test('renders only the cards on screen, and the keyboard walks all of them without losing focus', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const byTitle = [...docs].sort((a, b) => a.title.localeCompare(b.title, 'id'));
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    await browse.expectCardCount(docs.length);
    const rendered = await browse.cards.count();
    expect(rendered, 'only the cards near the screen are in the page').toBeLessThan(docs.length);
    expect(rendered).toBeGreaterThan(0);

    // One Tab stop for the whole list: from the sort choice, Tab lands on the first card.
    await browse.sort.focus();
    await page.keyboard.press('Tab');
    const focusedCard = page.locator('.browse-results [role="listitem"]:has(a:focus)');
    await expect(focusedCard).toHaveAttribute('aria-posinset', '1');
    await expect(focusedCard.locator('.doc-card-title')).toHaveText(byTitle[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expect(focusedCard).toHaveAttribute('aria-posinset', '2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    const below = Number(await focusedCard.getAttribute('aria-posinset'));
    expect(below, '↓ moves one row down').toBeGreaterThan(2);
    // End reaches the last card, far below what was rendered at first.
    await page.keyboard.press('End');
    await expect(focusedCard).toHaveAttribute('aria-posinset', String(docs.length));
    await expect(focusedCard.locator('.doc-card-title')).toHaveText(byTitle.at(-1)!.title);
    await expect(focusedCard).toBeInViewport();
    // Scrolling away with the wheel keeps the focused card (and so the focus) in the page.
    await page.locator('#main').evaluate((main) => (main.scrollTop = 0));
    await page.waitForTimeout(200);
    await expect(focusedCard).toHaveAttribute('aria-posinset', String(docs.length));
    await page.keyboard.press('Home');
    await expect(focusedCard).toHaveAttribute('aria-posinset', '1');
    // Tab leaves the list in one step rather than walking every card.
    await page.keyboard.press('Tab');
    await expect(focusedCard).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(focusedCard).toHaveAttribute('aria-posinset', '1');
    // Enter opens the focused card's document.
    await page.keyboard.press('Enter');
    await expect(browse.heading).toHaveText(byTitle[0]!.title);
  });

  test('the words box narrows the list, works with the facets, and lives in the URL', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const word = 'sampah';
    const matching = docs.filter((doc) => cardText(doc).includes(word));
    expect(matching.length).toBeGreaterThan(1);
    expect(matching.length).toBeLessThan(docs.length);
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    await browse.words.fill('SAMPAH');
    await expect(browse.resultCount).toHaveText(`Menampilkan ${n(matching.length)} dari ${n(docs.length)} dokumen`);
    expect((await browse.allCardTitles()).sort()).toEqual(matching.map((doc) => doc.title).sort());
    await expect.poll(() => browse.query().get('q')).toBe('SAMPAH');
    // The facets count within the words, too.
    const types = await browse.facetCounts('Jenis dokumen');
    expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(matching.length);
    // Two words: both must occur.
    await browse.words.fill('sampah sekolah');
    const both = docs.filter((doc) => cardText(doc).includes('sampah') && cardText(doc).includes('sekolah'));
    await expect(browse.resultCount).toHaveText(`Menampilkan ${n(both.length)} dari ${n(docs.length)} dokumen`);
    await page.reload();
    await expect(browse.words).toHaveValue('sampah sekolah');
    await expect(browse.resultCount).toHaveText(`Menampilkan ${n(both.length)} dari ${n(docs.length)} dokumen`);
    await browse.words.fill('kata-yang-tidak-ada-di-mana-pun');
    await expect(browse.emptyState()).toBeVisible();
    await browse.emptyState().getByRole('button', { name: 'Hapus semua saringan' }).click();
    await expect(browse.words).toHaveValue('');
    await expect(browse.resultCount).toHaveText(`${n(docs.length)} dokumen`);
  });

  test('sorts by last updated, newest first', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const updatedOf = new Map(docs.map((doc) => [doc.title, doc.updated]));
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    await browse.sort.selectOption({ label: 'Terakhir diperbarui' });
    await expect.poll(() => browse.query().get('urut')).toBe('diperbarui');
    const dates = (await browse.allCardTitles()).map((title) => updatedOf.get(title)!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the filter column stays in view while the list scrolls, at 1366×768 in light and dark', async ({ page, harness }) => {
    const browse = new BrowsePage(page, harness.url);
    await browse.openBrowse();
    const before = (await browse.facets.boundingBox())!;
    await page.locator('#main').evaluate((main) => (main.scrollTop = 2500));
    await expect.poll(() => page.locator('#main').evaluate((main) => main.scrollTop)).toBeGreaterThan(2000);
    const top = (await page.locator('#main').boundingBox())!.y;
    const after = (await browse.facets.boundingBox())!;
    expect(after.y, 'the column sticks to the top of the scrolling area').toBeGreaterThanOrEqual(top);
    expect(after.y).toBeLessThan(top + 40);
    expect(after.y + after.height, 'and fits the window').toBeLessThanOrEqual(768);
    expect(before.y).toBeGreaterThan(after.y);
    await expect(browse.words).toBeInViewport();
    await expect(browse.checkbox('Jenis dokumen', 'Praktik baik')).toBeInViewport();
    await browse.screenshot('browse-scrolled-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await browse.screenshot('browse-scrolled-dark');
  });
});
