import { readFile } from 'node:fs/promises';
import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { NotesUi } from '../pages/NotesUi';
import { SearchUi } from '../pages/SearchPage';
import { expect, test } from '../fixtures';

const DOC = 'praktik-antrean-puskesmas-daring';
const QUOTE = 'kewalahan oleh antrean pagi';

test.describe('notes and highlights', () => {
  test('select text, highlight, write a note, reload, find it on the Notes page and in search, export Markdown', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);

    await notes.select(QUOTE);
    await app.screenshot('notes-toolbar-light');
    await notes.toolbar.getByRole('button', { name: 'Sorot hijau' }).click();
    await expect(notes.marks.filter({ hasText: QUOTE })).toHaveClass(/note-hl-hijau/);
    await expect(page.getByRole('group', { name: 'Penanda sorotan' }).getByRole('button')).toHaveCount(1);

    // Clicking the highlight opens its note; the note is saved as it is typed.
    await notes.marks.first().click();
    const editor = notes.noteEditorFor(QUOTE);
    await expect(editor).toBeFocused();
    await editor.pressSequentially('Antrean pagi: usulkan kuota daring zebrakuda.', { delay: 10 });
    await expect(notes.panel.getByText('Tersimpan')).toBeVisible();
    await app.screenshot('notes-panel-light');

    await notes.panel.getByRole('textbox', { name: 'Label (pisahkan dengan koma)' }).fill('antrean, rapat');
    await notes.panel.getByRole('textbox', { name: 'Label (pisahkan dengan koma)' }).press('Enter');

    await page.reload();
    await expect(notes.marks.filter({ hasText: QUOTE })).toBeVisible();
    await expect(notes.panel.getByRole('textbox', { name: 'Label (pisahkan dengan koma)' })).toHaveValue('antrean, rapat');
    await expect(notes.noteEditorFor(QUOTE)).toHaveValue('Antrean pagi: usulkan kuota daring zebrakuda.');

    await app.navLink('Catatan').click();
    await expect(notes.items).toHaveCount(1);
    await expect(notes.items.first()).toContainText(QUOTE);
    await expect(notes.items.first()).toContainText('zebrakuda');
    await page.getByRole('searchbox', { name: 'Cari di catatan dan kutipan' }).fill('kuota');
    await expect(notes.items).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Cari di catatan dan kutipan' }).fill('tidakada');
    await expect(notes.items).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Cari di catatan dan kutipan' }).fill('');
    await page.getByRole('combobox', { name: 'Label' }).selectOption('rapat');
    await expect(notes.items).toHaveCount(1);
    await expect(notes.items.first()).toContainText('#rapat');
    await app.screenshot('notes-page-light');
    await page.getByRole('combobox', { name: 'Label' }).selectOption('');

    const search = new SearchUi(page);
    await search.type('zebrakuda');
    await search.box.press('Enter');
    const noteHit = search.hits.filter({ hasText: 'Catatan saya' });
    await expect(noteHit).toHaveCount(1);
    await noteHit.getByRole('link').first().click();
    await expect(reader.title).toBeVisible();
    await expect(page).toHaveURL(/bagian=sorotan-/);

    await app.navLink('Catatan').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor Markdown' }).click();
    const file = await (await download).path();
    const markdown = await readFile(file, 'utf8');
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain(`Pustaka Inovasi, ${DOC}`);
    expect(markdown).not.toContain('app://');
    expect(markdown).toContain('Antrean pagi: usulkan kuota daring zebrakuda.');
    expect(markdown.indexOf(`> ${QUOTE}`)).toBeLessThan(markdown.indexOf('zebrakuda'));
  });

  test('delete with undo, and the continue-reading and bookmark shortcuts on the home page', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);
    await notes.select(QUOTE);
    await notes.toolbar.getByRole('button', { name: 'Sorot kuning' }).click();
    await expect(notes.marks).toHaveCount(1);
    await notes.panel.getByRole('button', { name: `Hapus sorotan: ${QUOTE}` }).click();
    await expect(notes.marks).toHaveCount(0);
    await notes.panel.getByRole('button', { name: 'Urungkan' }).click();
    await expect(notes.marks).toHaveCount(1);

    // An edit can be taken back too: the colour returns.
    await notes.panel.getByRole('button', { name: 'Sorot merah' }).click();
    await expect(notes.marks.first()).toHaveClass(/note-hl-merah/);
    await notes.panel.getByRole('button', { name: 'Urungkan' }).click();
    await expect(notes.marks.first()).toHaveClass(/note-hl-kuning/);

    await notes.panel.getByRole('button', { name: /Tandai dokumen ini/ }).click();
    await expect(notes.panel.getByRole('button', { name: /Sudah ditandai/ })).toBeVisible();
    await app.open('/');
    await expect(page.getByRole('region', { name: 'Lanjutkan membaca' })).toContainText('Antrean');
    await expect(page.getByRole('region', { name: 'Penanda buku' })).toContainText('Antrean');
    await app.screenshot('notes-home-light');
    await app.open('/pengaturan');
    await expect(page.getByRole('region', { name: 'Cadangan catatan' }).getByRole('button', { name: 'Pulihkan' }).first()).toBeVisible();
    await app.screenshot('notes-backups-light');
  });

  test('the toolbar is reachable from the keyboard', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);
    await notes.select(QUOTE);
    await page.keyboard.press('Tab');
    await expect(notes.toolbar.getByRole('button', { name: 'Sorot kuning' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(notes.marks.first()).toHaveClass(/note-hl-hijau/);
  });

  test('a malformed import changes nothing and says why, in Indonesian', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/catatan');
    await page.getByTestId('notes-import-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2, "notes": "x"}') });
    await expect(page.getByRole('alert')).toContainText('Tidak ada catatan yang diubah');
    await page.getByTestId('notes-import-file').setInputFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('{ ini bukan json') });
    await expect(page.getByRole('alert')).toHaveText(/Berkas tidak dapat diimpor \(isinya bukan JSON yang sah; mungkin berkasnya rusak atau bukan hasil ekspor catatan\)\. Tidak ada catatan yang diubah\./);
    const ahead = { schemaVersion: 2, notes: [{ id: 'n1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2099-01-01T00:00:00Z', target: { kind: 'free' }, body: 'menang terus', tags: [] }] };
    await page.getByTestId('notes-import-file').setInputFiles({ name: 'maju.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ahead)) });
    await expect(page.getByRole('alert')).toContainText('catatan ke-1 bertanggal lebih dari sehari setelah hari ini');
    await expect(page.getByRole('alert')).not.toContainText(/not_json|future_date|invalid_records|Unexpected|SyntaxError/);
    await expect(page.getByText('menang terus')).toHaveCount(0);
  });

  test('a malformed import says why in English when the interface is English', async ({ page, harness }) => {
    await harness.host.invoke('app:setLanguage', { language: 'en' });
    await page.goto(`${harness.url}#/catatan`);
    await page.getByTestId('notes-import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(page.getByRole('alert')).toContainText('The file could not be imported (its content is not valid JSON; the file may be damaged or not a notes export). No notes were changed.');
    await expect(page.getByRole('alert')).not.toContainText(/tidak|bukan|not_json|Unexpected/);
  });
});

test.describe('notes screens in dark mode', () => {
  test('the reader with a highlight and the Notes page', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await harness.host.invoke('app:setTheme', { theme: 'dark' });
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);
    await notes.select(QUOTE);
    await app.screenshot('notes-toolbar-dark');
    await notes.toolbar.getByRole('button', { name: 'Sorot biru' }).click();
    await notes.marks.first().click();
    await notes.noteEditorFor(QUOTE).fill('Catatan dalam mode gelap');
    await notes.noteEditorFor(QUOTE).blur();
    await expect(notes.panel.getByText('Tersimpan')).toBeVisible();
    await app.screenshot('notes-panel-dark');
    await app.open('/catatan');
    await expect(notes.items).toHaveCount(1);
    await app.screenshot('notes-page-dark');
    await app.open('/');
    await app.screenshot('notes-home-dark');
    await app.open('/pengaturan');
    await page.getByRole('heading', { name: 'Cadangan catatan' }).scrollIntoViewIfNeeded();
    await app.screenshot('notes-backups-dark');
  });
});
