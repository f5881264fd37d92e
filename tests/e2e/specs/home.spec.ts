/**
 * The home page on first launch (issue #16): a welcome with three starting points and the
 * "Mulai di sini" collection, closed for good with one click (kept in the settings file),
 * brought back from Help and from the command palette; and the home page's sort.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentSummary } from '../../../core/content/types';
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';

const START_HERE = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../../content/mulai-di-sini.json'), 'utf8')) as { documents: string[] };

async function libraryDocs(harness: { host: { invoke: (c: 'library:list', i: undefined) => Promise<unknown> } }): Promise<DocumentSummary[]> {
  const result = (await harness.host.invoke('library:list', undefined)) as { ok: boolean; value: { documents: DocumentSummary[] } };
  if (!result.ok) throw new Error('library:list failed');
  return result.value.documents;
}

test.describe('home: first launch', () => {
  test('welcomes with three starting points and "Mulai di sini"; closing it is remembered; Help and the palette bring it back', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const app = new AppPage(page, harness.url);
    await app.open('/');
    const welcome = page.getByRole('region', { name: 'Selamat datang di Pustaka Inovasi' });
    await expect(welcome).toBeVisible();
    await expect(welcome.getByRole('heading', { level: 3 })).toHaveText([
      'Membaca dan mencari praktik',
      'Menyiapkan sesi pelatihan',
      'Menandai dan mencatat',
      'Mulai di sini',
    ]);
    const titles = new Map(docs.map((doc) => [doc.id, doc.title]));
    const startHere = welcome.getByRole('region', { name: 'Mulai di sini' });
    await expect(startHere.locator('.doc-card-title')).toHaveText(START_HERE.documents.map((id) => titles.get(id)!));
    await app.screenshot('home-first-launch-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.screenshot('home-first-launch-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Each starting point leads somewhere useful.
    await welcome.getByRole('link', { name: 'Jelajahi praktik baik' }).click();
    await expect(app.heading).toHaveText('Jelajahi Pustaka');
    await expect(page.getByRole('checkbox', { name: 'Praktik baik' })).toBeChecked();
    await page.goBack();
    await welcome.getByRole('link', { name: 'Buka Presentasi' }).click();
    await expect(app.heading).toHaveText('Presentasi');
    await page.goBack();
    await welcome.getByRole('link', { name: 'Buka Catatan' }).click();
    await expect(app.heading).toHaveText('Catatan');
    await page.goBack();

    // Closing: the welcome goes, focus lands on the note saying where to find it again.
    await welcome.getByRole('button', { name: 'Tutup sambutan' }).click();
    await expect(welcome).toHaveCount(0);
    const note = page.getByRole('status').filter({ hasText: 'Sambutan telah ditutup' });
    await expect(note).toBeFocused();
    await expect(note.getByRole('link', { name: 'Bantuan' })).toBeVisible();
    await page.reload();
    await expect(page.locator('.type-group .doc-card').first()).toBeVisible();
    await expect(welcome).toHaveCount(0);
    // Kept by the host's settings store (settings.json), not by the page.
    const info = await harness.host.invoke('app:info', undefined);
    expect(info.ok && 'welcomeDismissed' in info.value && info.value.welcomeDismissed).toBe(true);

    // Help brings it back.
    await app.navLink('Bantuan').click();
    await expect(app.heading).toHaveText('Bantuan');
    await page.getByRole('button', { name: 'Tampilkan lagi sambutan' }).click();
    await expect(app.heading).toHaveText('Pustaka');
    await expect(welcome).toBeVisible();

    // So does the command palette.
    await welcome.getByRole('button', { name: 'Tutup sambutan' }).click();
    await expect(welcome).toHaveCount(0);
    await app.open('/catatan');
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Palet perintah' });
    await expect(palette.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('sambutan');
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText('Pustaka');
    await expect(welcome).toBeVisible();
  });

  test('sorts each group by what helps (featured), recently read, recently updated or A–Z', async ({ page, harness }) => {
    const docs = await libraryDocs(harness);
    const guides = docs.filter((doc) => doc.type === 'guide');
    const practices = docs.filter((doc) => doc.type === 'practice');
    const app = new AppPage(page, harness.url);
    const guideTitles = page.getByRole('region', { name: /^Panduan Replikasi/ }).locator('.doc-card-title');
    const practiceTitles = page.getByRole('region', { name: /^Praktik Baik/ }).locator('.doc-card-title');
    const sort = page.getByRole('combobox', { name: 'Urutkan beranda menurut' });

    await app.open('/');
    // Featured: the curated guides first, in the collection's order.
    const curatedGuides = START_HERE.documents.filter((id) => guides.some((g) => g.id === id));
    const titleOf = new Map(docs.map((doc) => [doc.id, doc.title]));
    await expect(guideTitles.first()).toHaveText(titleOf.get(curatedGuides[0]!)!);
    expect((await guideTitles.allTextContents()).slice(0, curatedGuides.length)).toEqual(curatedGuides.map((id) => titleOf.get(id)));

    await sort.selectOption({ label: 'Judul (A–Z)' });
    await expect(page).toHaveURL(/urut=judul/);
    const az = practices.map((doc) => doc.title).sort((a, b) => a.localeCompare(b, 'id'));
    await expect(practiceTitles).toHaveText(az.slice(0, 6));

    await sort.selectOption({ label: 'Terakhir diperbarui' });
    const newest = [...practices].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'id'));
    await expect(practiceTitles).toHaveText(newest.slice(0, 6).map((doc) => doc.title));

    const [first, second] = [az.at(-1)!, az.at(-2)!].map((title) => practices.find((doc) => doc.title === title)!);
    await harness.host.invoke('reading:markOpened', { id: first!.id });
    await harness.host.invoke('reading:markOpened', { id: second!.id });
    await page.reload();
    await sort.selectOption({ label: 'Terakhir dibaca' });
    await expect(practiceTitles.nth(0)).toHaveText(second!.title);
    await expect(practiceTitles.nth(1)).toHaveText(first!.title);
    await page.reload();
    await expect(sort).toHaveValue('recent');
  });
});
