/**
 * One bad note must not blank the app. A body of thousands of ">" overflows marked's recursion;
 * before the fallback it unmounted the whole React tree and the Notes page stayed blank after
 * every restart. Typed or imported, such a note is now shown as its text, and so is any item
 * that cannot be rendered (a per-item error boundary), while the rest of the app works.
 */
import type { Page } from '@playwright/test';
import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { NotesUi } from '../pages/NotesUi';
import { SearchUi } from '../pages/SearchPage';
import { expect, test } from '../fixtures';

const TYPED_DOC = 'praktik-antrean-puskesmas-daring';
const IMPORTED_DOC = 'panduan-memilih-inovasi';
const DEEP = '>'.repeat(20_000);
/** 20,000 characters too, with a word to search for. */
const IMPORTED_BODY = `kutipanimpor\n${'>'.repeat(20_000 - 'kutipanimpor\n'.length)}`;

function notesFile(notes: object[]): Buffer {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, notes }));
}

const note = (id: string, docId: string, body: string, updatedAt = '2026-12-01T08:00:00.000Z') => ({
  id,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt,
  target: { kind: 'document', docId },
  body,
  tags: [],
});

async function importNotes(page: Page, notes: object[]): Promise<void> {
  await page.getByTestId('notes-import-file').setInputFiles({ name: 'catatan.json', mimeType: 'application/json', buffer: notesFile(notes) });
  await expect(page.getByText(`Impor selesai: ${notes.length} ditambahkan`)).toBeVisible();
}

/** Fails the test on any uncaught error in the page (a render error caught by a boundary is not one). */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}


/**
 * Fault injection: formatting a date in 2001 throws, so one note card fails to render. (A note
 * whose date is no date at all is refused at import, so the failure has to be made here.)
 */
async function breakDateFormattingFor2001(page: Page): Promise<void> {
  await page.evaluate(() => {
    const proto = Intl.DateTimeFormat.prototype;
    const real = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get() {
        const format = real.call(this) as (date?: Date | number) => string;
        return (date?: Date | number) => {
          if (date !== undefined && new Date(date).getUTCFullYear() === 2001) throw new Error('uji: tanggal tidak dapat diformat');
          return format(date);
        };
      },
    });
  });
}

test.describe('crash-proof pages', () => {
  test('a note of 20,000 ">" typed in the reader: the reader, the Notes page and search still work and show it', async ({ page, harness }) => {
    const errors = watchPageErrors(page);
    const app = new AppPage(page, harness.url);
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(TYPED_DOC);
    await notes.panel.getByText('Catatan untuk seluruh dokumen').click();
    const editor = notes.panel.getByRole('textbox', { name: 'Tulis catatan untuk dokumen ini' });
    await editor.fill(DEEP);
    await editor.blur();
    await expect(notes.panel.getByText('Tersimpan')).toBeVisible();

    await app.navLink('Catatan').click();
    await expect(app.heading).toHaveText('Catatan');
    await expect(notes.items).toHaveCount(1);
    const body = notes.items.first().locator('.note-body p.plain-text');
    await expect(body).toHaveText(DEEP);
    await expect(page.locator('.boundary-item')).toHaveCount(0);

    // After a restart (a reload) the page is not blank either.
    await page.reload();
    await expect(app.heading).toHaveText('Catatan');
    await expect(body).toHaveText(DEEP);

    await reader.open(TYPED_DOC);
    await expect(notes.panel.getByRole('textbox', { name: 'Tulis catatan untuk dokumen ini' })).toHaveValue(DEEP);
    await expect(reader.body).toContainText('antrean');

    const search = new SearchUi(page);
    await search.type('antrean puskesmas');
    await search.box.press('Enter');
    await expect(search.hits.filter({ hasText: 'Puskesmas' }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a note of 20,000 ">" imported on the Notes page: shown as its text there, in the reader and in search', async ({ page, harness }) => {
    const errors = watchPageErrors(page);
    const app = new AppPage(page, harness.url);
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await app.open('/catatan');
    await importNotes(page, [note('catatan-dalam', IMPORTED_DOC, IMPORTED_BODY)]);
    await expect(notes.items).toHaveCount(1);
    const paragraphs = notes.items.first().locator('.note-body p.plain-text');
    await expect(paragraphs).toHaveCount(1);
    // Its line break kept, every ">" shown as text.
    expect(await paragraphs.evaluate((p) => (p as HTMLElement).innerText)).toBe(IMPORTED_BODY);

    await reader.open(IMPORTED_DOC);
    await expect(notes.panel.getByRole('textbox', { name: 'Tulis catatan untuk dokumen ini' })).toHaveValue(IMPORTED_BODY);

    const search = new SearchUi(page);
    await search.type('kutipanimpor');
    await search.box.press('Enter');
    const hit = search.hits.filter({ hasText: 'Catatan saya' });
    await expect(hit).toHaveCount(1);
    await expect(hit).toContainText('kutipanimpor');
    await hit.getByRole('link').first().click();
    await expect(reader.title).toHaveText('Memilih Inovasi yang Akan Direplikasi');
    await expect(notes.panel.getByRole('textbox', { name: 'Tulis catatan untuk dokumen ini' })).toHaveValue(IMPORTED_BODY);
    expect(errors).toEqual([]);
  });

  test('a note that cannot be rendered shows its text and a short message; the other notes and the app go on', async ({ page, harness }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const app = new AppPage(page, harness.url);
    const notes = new NotesUi(page);
    await app.open('/catatan');
    await breakDateFormattingFor2001(page);
    await importNotes(page, [
      note('catatan-rusak', IMPORTED_DOC, 'Teks <b>asli</b> & utuh', '2001-02-03T04:05:06.000Z'),
      note('catatan-baik', TYPED_DOC, 'Catatan yang **baik**'),
    ]);
    await expect(notes.items).toHaveCount(2);
    const broken = notes.items.filter({ has: page.locator('.boundary-item') });
    await expect(broken).toHaveCount(1);
    await expect(broken).toContainText('Bagian ini tidak dapat ditampilkan seperti biasa. Berikut teks aslinya.');
    // The original text, escaped: the markup is shown, not interpreted.
    await expect(broken.locator('pre.raw-text')).toContainText('Teks <b>asli</b> & utuh');
    await expect(broken.locator('b')).toHaveCount(0);
    await expect(broken.getByRole('button', { name: 'Hapus' })).toBeVisible();
    await expect(notes.items.filter({ hasText: 'Catatan yang baik' }).locator('.note-body strong')).toHaveText('baik');
    expect(consoleErrors.some((text) => text.includes('tidak dapat ditampilkan'))).toBe(true);

    await app.navLink('Pustaka').click();
    await expect(app.heading).toBeVisible();
    await expect(page.locator('.doc-card').first()).toBeVisible();
  });

  test('a page that fails to render says so, keeps the menu working, and shows again once the cause is gone', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const notes = new NotesUi(page);
    await app.open('/catatan');
    await importNotes(page, [note('catatan-baik', TYPED_DOC, 'Catatan yang tetap ada')]);
    await app.navLink('Pustaka').click();
    // Fault injection: the Notes page formats its dates with Intl.DateTimeFormat; make that throw.
    await page.evaluate(() => {
      const w = window as unknown as { realDateTimeFormat: typeof Intl.DateTimeFormat };
      w.realDateTimeFormat = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function broken() {
        throw new Error('uji: format tanggal rusak');
      } as unknown as typeof Intl.DateTimeFormat;
    });
    await app.navLink('Catatan').click();
    await expect(page.getByRole('alert')).toContainText('Terjadi kesalahan saat menampilkan halaman ini. Data dan catatan Anda tetap tersimpan.');
    await expect(app.heading).toHaveText('Halaman ini tidak dapat ditampilkan');
    await page.getByText('Rincian teknis').click();
    await expect(page.locator('.boundary-details pre')).toHaveText('Error: uji: format tanggal rusak');
    await app.screenshot('crash-proof-page-light');

    // The menu still works, and another page shows.
    await app.navLink('Cari').click();
    await expect(app.heading).toHaveText('Cari');
    await app.navLink('Catatan').click();
    await expect(app.heading).toHaveText('Halaman ini tidak dapat ditampilkan');

    await page.evaluate(() => {
      Intl.DateTimeFormat = (window as unknown as { realDateTimeFormat: typeof Intl.DateTimeFormat }).realDateTimeFormat;
    });
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(app.heading).toHaveText('Catatan');
    await expect(notes.items).toHaveText([/Catatan yang tetap ada/]);
  });

  test('the Notes page with such a note, light and dark, at 1366x768', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const notes = new NotesUi(page);
    await app.open('/catatan');
    await breakDateFormattingFor2001(page);
    await importNotes(page, [note('catatan-dalam', IMPORTED_DOC, IMPORTED_BODY), note('catatan-rusak', TYPED_DOC, 'Teks asli catatan', '2001-02-03T04:05:06.000Z')]);
    await expect(notes.items).toHaveCount(2);
    await app.screenshot('crash-proof-notes-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await app.screenshot('crash-proof-notes-dark');
  });
});
