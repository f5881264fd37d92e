/**
 * Dates the user types are read and shown day first (dd/mm/yyyy) with the month named in the UI
 * language, and a date that cannot be read says so in plain words and keeps what was typed.
 * Numbers in sentences use one format: 1.200 in Indonesian, 1,200 in English.
 */
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';

async function freeNote(harness: { host: { invoke(channel: string, input: unknown): Promise<unknown> } }, body: string) {
  await harness.host.invoke('notes:createNote', { target: { kind: 'free' }, body });
}

test('the Notes filter takes dd/mm/yyyy, names the month in Indonesian and explains a wrong date', async ({ page, harness }) => {
  await freeNote(harness, 'Catatan rapat pertama.');
  await freeNote(harness, 'Catatan rapat kedua.');
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  const items = page.locator('.notes-item');
  await expect(items).toHaveCount(2);
  const since = page.getByRole('textbox', { name: 'Sejak tanggal' });
  await expect(since).toHaveAttribute('placeholder', 'hh/bb/tttt');
  await expect(since).toHaveAccessibleDescription('Tulis hh/bb/tttt, misalnya 03/12/2026');

  // A day in the future: nothing changed since then. The date is shown in words, day first.
  await since.fill('01/01/2099');
  await expect(items).toHaveCount(0);
  await expect(since).toHaveAccessibleDescription('Kamis, 1 Januari 2099');

  // Today, day first: both notes are back. 3/12 is the 3rd of December, not the 12th of March.
  const today = new Date();
  const dd = String(today.getDate()).padStart(2, '0');
  const mm = String(today.getMonth() + 1).padStart(2, '0');
  await since.fill(`${today.getDate()}/${today.getMonth() + 1}/${today.getFullYear()}`);
  await expect(items).toHaveCount(2);
  const monthName = new Intl.DateTimeFormat('id-ID', { month: 'long' }).format(today);
  await expect(since).toHaveAccessibleDescription(new RegExp(`, ${today.getDate()} ${monthName} ${today.getFullYear()}$`));
  await since.press('Tab');
  await expect(since).toHaveValue(`${dd}/${mm}/${today.getFullYear()}`);

  // A date the calendar does not have, and words that are not a date: a clear message, the text kept.
  await since.fill('31/02/2026');
  await since.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('Tanggal 31/02/2026 tidak ada di kalender. Periksa hari dan bulannya.');
  await expect(since).toHaveAttribute('aria-invalid', 'true');
  await expect(since).toHaveValue('31/02/2026');
  await since.fill('besok pagi');
  await since.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Tanggal “besok pagi” tidak dikenali. Tulis sebagai hh/bb/tttt, misalnya 03/12/2026.');
  await expect(since).toHaveValue('besok pagi');
  await app.screenshot('notes-date-invalid-light');

  // A month named in words is understood too; clearing the field shows every note again.
  await since.fill('1 Januari 2099');
  await expect(items).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await since.fill('');
  await expect(items).toHaveCount(2);
});

test('in English the same field says dd/mm/yyyy and names the month in English', async ({ page, harness }) => {
  await harness.host.invoke('app:setLanguage', { language: 'en' });
  await freeNote(harness, 'A note.');
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  const since = page.getByRole('textbox', { name: 'Since' });
  await expect(since).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await since.fill('03/12/2099');
  await expect(since).toHaveAccessibleDescription(/^Thursday,? 3 December 2099$/);
  await since.fill('12/31/2099');
  await since.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('There is no date 12/31/2099 in the calendar. Check the day and the month.');
});

test('a session pack’s date is shown day first with the month named', async ({ page, harness }) => {
  const saved = (await harness.host.invoke('packs:save', {
    pack: { title: 'Pelatihan Tanggal', date: '2026-12-03', audience: '', trainer: '', durationMinutes: 60, items: [] },
  })) as { value: { id: string } };
  const app = new AppPage(page, harness.url);
  await app.open(`/presentasi/paket/${saved.value.id}`);
  const date = page.getByRole('textbox', { name: 'Tanggal' });
  await expect(date).toHaveValue('03/12/2026');
  await expect(date).toHaveAccessibleDescription('Kamis, 3 Desember 2026');
});

test('large numbers in sentences are written 1.200, not 1200', async ({ page, harness }) => {
  const exported = (await harness.host.invoke('notes:export', { format: 'json' })) as { value: { content: string } };
  const file = JSON.parse(exported.value.content) as { notes: unknown[] };
  const at = new Date().toISOString();
  file.notes = Array.from({ length: 1200 }, (_, i) => ({ id: `impor-${i}`, createdAt: at, updatedAt: at, target: { kind: 'free' }, body: `Catatan impor ${i}`, tags: [] }));
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  await page.getByTestId('notes-import-file').setInputFiles({ name: 'catatan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('status').filter({ hasText: 'Impor selesai: 1.200 ditambahkan, 0 diperbarui, 0 dilewati.' })).toBeVisible();
  await expect(page.getByText('1.200 catatan', { exact: true })).toBeVisible();
});
