/**
 * Issue #13, "Done when": a user's own folder of Markdown, with real files on disk and the real
 * watcher. The fixture folder is copied to a temp folder first, because the journey edits and
 * deletes files in it; the host is started and restarted by the test itself on one user-data
 * folder, as closing and reopening the app would.
 */
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { openHarnessPage } from '../host/harnessPage';
import { BUILT_CONTENT_DIR, REPO_ROOT, startHarnessHost, type HarnessHost } from '../host/harnessHost';
import { AppPage } from '../pages/AppPage';
import { NotesUi } from '../pages/NotesUi';
import { SearchUi } from '../pages/SearchPage';
import { SourcesPage } from '../pages/SourcesPage';

const FIXTURE = path.join(REPO_ROOT, 'tests/e2e/content-fixtures/user-folder');
const FOLDER_NAME = 'Dokumen Dinas';
const KTP_FILE = 'sop/sop-penerbitan-ktp-el.md';
const KTP_TITLE = 'SOP Penerbitan KTP Elektronik';
const DELETED_FILE = 'sop/sop-retribusi-pasar.md';
const DELETED_TITLE = 'SOP Penarikan Retribusi Pasar';
const QUOTE = 'Petugas verifikasi mencocokkan data';
/** The watcher debounces bursts and indexes off the main thread; "within seconds" on a busy machine. */
const WITHIN_SECONDS = { timeout: 20_000, intervals: [250, 500, 1000] };

/** Every file under a folder with its SHA-256: what "the files on disk are untouched" compares. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return files;
}

/** Searches on the results page, fresh each time, and returns the titles of the hits. */
async function searchTitles(page: Page, baseUrl: string, query: string): Promise<string[]> {
  await new AppPage(page, baseUrl).open(`/cari?q=${encodeURIComponent(query)}`);
  const search = new SearchUi(page);
  await expect(search.count.or(page.getByText(/Periksa ejaan|Check the spelling/))).toBeVisible();
  return search.hits.locator('.hit-title').allTextContents();
}

test.describe('your own library: a folder of Markdown', () => {
  test.describe.configure({ timeout: 180_000 });

  test('add it, watch it index, find and read its documents, follow edits and deletions, see problems, keep notes across a restart, remove it', async ({ page }) => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'pustaka-sumber-'));
    const folder = path.join(temp, FOLDER_NAME);
    const userDataDir = path.join(temp, 'data-pengguna');
    await cp(FIXTURE, folder, { recursive: true });
    let harness: HarnessHost = await startHarnessHost({ contentDir: BUILT_CONTENT_DIR, userDataDir });
    let app = await openHarnessPage(page.context(), harness);
    try {
      // Only the bundled library at first: the page explains what a source is.
      const sources = new SourcesPage(app, harness.url);
      await sources.openSources();
      await expect(app.getByRole('heading', { name: 'Baru ada pustaka bawaan' })).toBeVisible();
      await expect(sources.card('Pustaka bawaan')).toContainText('Terpasang bersama aplikasi');

      // Add the folder by its path (the harness has no native picker); progress shows.
      await sources.watchProgress();
      await sources.addFolder(folder);
      await expect(sources.notice).toContainText(`Folder “${FOLDER_NAME}” ditambahkan`);
      const card = sources.card(FOLDER_NAME);
      await expect(card).toBeVisible();
      await expect.poll(() => sources.progressSeen(), { message: 'a progress report was on screen' }).toContainEqual(expect.stringMatching(/\d+ dari \d+ berkas|Mendata berkas/));
      await expect(card.locator('.source-status')).toHaveText('Siap', { timeout: 60_000 });
      await expect(card).toContainText(folder);
      // 50 Markdown files, of which five cannot be used; the hidden .obsidian folder is not read.
      const documents = Number((await card.locator('dt:text-is("Dokumen") + dd').textContent())?.replace(/\D/g, ''));
      expect(documents).toBeGreaterThanOrEqual(45);
      expect(documents).toBeLessThanOrEqual(47);
      await expect(app.getByRole('heading', { name: 'Baru ada pustaka bawaan' })).toHaveCount(0);

      // A folder document is found by search and opened; the reader says where it comes from.
      await expect.poll(() => searchTitles(app, harness.url, 'kenarimas'), WITHIN_SECONDS).toContain(KTP_TITLE);
      await new SearchUi(app).hits.getByRole('link', { name: KTP_TITLE }).first().click();
      await expect(app.getByRole('heading', { level: 1, name: KTP_TITLE })).toBeVisible();
      const provenance = app.locator('.document-provenance');
      await expect(provenance).toContainText(`Sumber: ${FOLDER_NAME}`);
      await expect(provenance).toContainText(`Berkas: ${KTP_FILE}`);
      await expect(provenance.getByRole('button', { name: 'Buka berkas' })).toBeVisible();
      await expect(provenance.getByRole('button', { name: 'Tampilkan di folder' })).toBeVisible();
      const ktpUrl = app.url();

      // Edit the file on disk: its new words are found within seconds, the old ones are not.
      const ktpPath = path.join(folder, KTP_FILE);
      await writeFile(ktpPath, (await readFile(ktpPath, 'utf8')).replaceAll('kenarimas', 'cendanawangi'));
      await expect.poll(() => searchTitles(app, harness.url, 'cendanawangi'), WITHIN_SECONDS).toContain(KTP_TITLE);
      expect(await searchTitles(app, harness.url, 'kenarimas')).not.toContain(KTP_TITLE);

      // Delete a file: it is gone from search and from browsing.
      expect(await searchTitles(app, harness.url, 'mahoniraya')).toContain(DELETED_TITLE);
      await unlink(path.join(folder, DELETED_FILE));
      await expect.poll(() => searchTitles(app, harness.url, 'mahoniraya'), WITHIN_SECONDS).not.toContain(DELETED_TITLE);
      // Jelajahi renders only the cards on screen, so each title is looked for through its words box.
      await new AppPage(app, harness.url).open(`/jelajah?q=${encodeURIComponent(KTP_TITLE)}`);
      await expect(app.locator('.browse-count')).toBeVisible();
      await expect(app.getByText(KTP_TITLE).first()).toBeAttached();
      await new AppPage(app, harness.url).open(`/jelajah?q=${encodeURIComponent(DELETED_TITLE)}`);
      await expect(app.locator('.browse-count')).toBeVisible();
      await expect(app.getByText(DELETED_TITLE)).toHaveCount(0);

      // Malformed files are listed as file:line: reason, in Indonesian.
      await sources.openSources();
      await sources.problemsToggle(FOLDER_NAME).click();
      const problems = sources.problemRows(FOLDER_NAME);
      await expect(problems.filter({ hasText: /^rusak\/yaml-rusak\.md:\d+: / })).toHaveCount(1);
      await expect(problems.filter({ hasText: 'rusak/bukan-utf8.md' })).toHaveCount(1);
      await expect(problems.filter({ hasText: 'rusak/gambar-bernama-md.md' })).toHaveCount(1);
      await expect(problems.filter({ hasText: /rusak\/dokumen-ganda-[ab]\.md/ })).toHaveCount(1);
      await expect(problems.first().getByRole('button', { name: 'Tampilkan di folder' })).toBeVisible();

      // Annotate a folder document, restart on the same user-data folder: the note is there.
      await app.goto(ktpUrl);
      await expect(app.locator('.prose')).toContainText(QUOTE);
      const notes = new NotesUi(app);
      await notes.select(QUOTE);
      await notes.toolbar.getByRole('button', { name: 'Sorot kuning' }).click();
      await notes.marks.filter({ hasText: QUOTE }).click();
      await notes.noteEditorFor(QUOTE).pressSequentially('Cocokkan dengan data kecamatan.', { delay: 10 });
      await expect(notes.panel.getByText('Tersimpan')).toBeVisible();

      await app.close();
      await harness.close();
      harness = await startHarnessHost({ contentDir: BUILT_CONTENT_DIR, userDataDir });
      app = await openHarnessPage(page.context(), harness);
      await app.goto(ktpUrl.replace(/^http:\/\/[^/]+\//, harness.url));
      await expect(app.getByRole('heading', { level: 1, name: KTP_TITLE })).toBeVisible();
      await expect(new NotesUi(app).marks.filter({ hasText: QUOTE })).toBeVisible();
      await expect(new NotesUi(app).noteEditorFor(QUOTE)).toHaveValue('Cocokkan dengan data kecamatan.');

      // Remove the source: its documents are gone, the files on disk untouched, the note kept.
      const before = await snapshot(folder);
      const again = new SourcesPage(app, harness.url);
      await again.openSources();
      await again.card(FOLDER_NAME).getByRole('button', { name: 'Hapus sumber' }).click();
      await expect(again.removeDialog).toContainText('tidak diubah dan tidak dihapus');
      await expect(again.removeDialog).toContainText('tetap disimpan');
      await again.removeDialog.getByRole('button', { name: 'Ya, hapus sumber' }).click();
      // The highlight and the note written on it: both kept.
      await expect(again.notice).toContainText('2 catatan dan sorotan pada dokumennya tetap tersimpan');
      await expect(again.card(FOLDER_NAME)).toHaveCount(0);
      expect(await searchTitles(app, harness.url, 'cendanawangi')).not.toContain(KTP_TITLE);
      await app.goto(ktpUrl.replace(/^http:\/\/[^/]+\//, harness.url));
      await expect(app.getByRole('heading', { name: 'Dokumen tidak ditemukan' })).toBeVisible();
      expect(await snapshot(folder)).toEqual(before);
    } finally {
      await app.close().catch(() => {});
      await harness.close().catch(() => {});
      await rm(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });

  test('a folder that cannot be added is refused in plain words, and the typed path stays', async ({ page, harness }) => {
    const sources = new SourcesPage(page, harness.url);
    await sources.openSources();
    await sources.addButton.click();
    await expect(page.getByText('Tuliskan lokasi folder terlebih dahulu.')).toBeVisible();
    await expect(sources.folderPath).toHaveAttribute('aria-invalid', 'true');

    const nowhere = path.join(os.tmpdir(), 'pustaka-tidak-ada', 'folder-yang-tidak-ada');
    await sources.addFolder(nowhere);
    await expect(page.getByRole('alert')).toContainText('Folder tidak dapat ditambahkan sebagai sumber pustaka');
    await expect(sources.folderPath).toHaveValue(nowhere);
    await expect(sources.list.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Baru ada pustaka bawaan' })).toBeVisible();
  });

  test('is reached from Settings and from the command palette', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/pengaturan');
    await page.getByRole('link', { name: 'Kelola sumber pustaka' }).click();
    await expect(app.heading).toHaveText('Sumber pustaka');
    await expect(page).toHaveTitle('Sumber pustaka — Pustaka Inovasi');
    await app.open('/');
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('sumber pustaka');
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText('Sumber pustaka');
  });

  test('an Obsidian vault reads with its links and embedded image; an unplugged folder says so and comes back', async ({ page, harness }) => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'pustaka-sumber-'));
    const folder = path.join(temp, FOLDER_NAME);
    await cp(FIXTURE, folder, { recursive: true });
    try {
      const added = await harness.host.invoke('sources:addFolder', { path: folder });
      expect(added.ok, 'folder added').toBe(true);
      const sources = new SourcesPage(page, harness.url);
      await sources.openSources();
      const card = sources.card(FOLDER_NAME);
      await expect(card.locator('.source-status')).toHaveText('Siap', { timeout: 60_000 });

      // ![[peta-layanan.png]] shows the picture from the folder; [[Daftar Loket]] leads to that note.
      await expect.poll(() => searchTitles(page, harness.url, 'pojok konsultasi'), WITHIN_SECONDS).toContain('Peta Layanan Kecamatan');
      await new SearchUi(page).hits.getByRole('link', { name: 'Peta Layanan Kecamatan' }).first().click();
      const picture = page.locator('.prose img[alt="peta-layanan.png"]');
      await expect(picture).toHaveAttribute('src', /^\.\/__sources\/folder-[a-z0-9-]+\/assets\/catatan-obsidian\/lampiran\/peta-layanan\.png$/);
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
      await expect(page.locator('.document-provenance')).toContainText('Berkas: catatan-obsidian/Peta Layanan Kecamatan.md');
      await page.locator('.prose').getByRole('link', { name: 'Daftar Loket' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Daftar Loket' })).toBeVisible();

      // The disk is unplugged: the source says so, why, and what to do; its documents stay readable.
      await rename(folder, `${folder}-dicabut`);
      await sources.openSources();
      await expect(card.locator('.source-status')).toHaveText('Folder tidak ditemukan', WITHIN_SECONDS);
      await expect(card.getByRole('note')).toContainText('Folder sumber ini tidak dapat dijangkau');
      await expect(card.getByRole('note')).toContainText(folder);
      await expect(card.getByRole('note')).toContainText('sambungkan kembali');
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: 'Daftar Loket' })).toBeVisible();

      // Plugged in again: it is read again by itself.
      await rename(`${folder}-dicabut`, folder);
      await sources.openSources();
      await expect(card.locator('.source-status')).toHaveText('Siap', WITHIN_SECONDS);
      await expect(card.getByRole('note')).toHaveCount(0);
    } finally {
      await rm(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });

  test('rename a source inline, turn it off and on: its documents leave search and come back', async ({ page, harness }) => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'pustaka-sumber-'));
    const folder = path.join(temp, FOLDER_NAME);
    await cp(FIXTURE, folder, { recursive: true });
    try {
      expect((await harness.host.invoke('sources:addFolder', { path: folder })).ok, 'folder added').toBe(true);
      const sources = new SourcesPage(page, harness.url);
      await sources.openSources();
      await expect(sources.card(FOLDER_NAME).locator('.source-status')).toHaveText('Siap', { timeout: 60_000 });

      // Rename inline; an empty name is refused in plain words before anything is sent.
      await sources.card(FOLDER_NAME).getByRole('button', { name: 'Ganti nama' }).click();
      const nameField = page.getByRole('textbox', { name: 'Nama sumber' });
      await expect(nameField).toBeFocused();
      await nameField.fill('   ');
      await page.getByRole('button', { name: 'Simpan nama' }).click();
      await expect(page.getByText('Nama sumber tidak boleh kosong.')).toBeVisible();
      await expect(nameField).toHaveAttribute('aria-invalid', 'true');
      await expect(sources.card(FOLDER_NAME)).toBeVisible();
      await nameField.fill('SOP Disdukcapil 2026');
      await nameField.press('Enter');
      await expect(sources.notice).toHaveText('Nama sumber diganti menjadi “SOP Disdukcapil 2026”.');
      await expect(sources.card('SOP Disdukcapil 2026')).toBeVisible();
      await page.reload();
      await expect(sources.card('SOP Disdukcapil 2026')).toBeVisible();

      // Turned off: its documents leave search; turned on: they are back.
      await expect.poll(() => searchTitles(page, harness.url, 'kenarimas'), WITHIN_SECONDS).toContain(KTP_TITLE);
      await sources.openSources();
      const toggle = sources.card('SOP Disdukcapil 2026').getByRole('switch', { name: 'Pakai di pustaka dan pencarian' });
      await toggle.uncheck();
      await expect(sources.notice).toContainText('dinonaktifkan');
      await expect(sources.card('SOP Disdukcapil 2026').locator('.source-status')).toHaveText('Dinonaktifkan');
      await expect.poll(() => searchTitles(page, harness.url, 'kenarimas'), WITHIN_SECONDS).not.toContain(KTP_TITLE);
      await sources.openSources();
      await sources.card('SOP Disdukcapil 2026').getByRole('switch', { name: 'Pakai di pustaka dan pencarian' }).check();
      await expect(sources.notice).toContainText('diaktifkan');
      await expect.poll(() => searchTitles(page, harness.url, 'kenarimas'), WITHIN_SECONDS).toContain(KTP_TITLE);
    } finally {
      await rm(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  });
});
