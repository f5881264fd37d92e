/**
 * The app always starts: when the data folder cannot be created, the library opens and a banner
 * that cannot be dismissed says notes cannot be saved and why; a refused highlight says so too;
 * once the folder can be made again, saving resumes and the banner goes by itself.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { NotesUi } from '../pages/NotesUi';
import { expect, test } from '../fixtures';

test.use({ dataFolderBlocked: true });

test('a data folder that cannot be created: library works, notes explain, saving resumes by itself', async ({ page, harness }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page, harness.url);
  const reader = new DocumentPage(page, harness.url);
  const notes = new NotesUi(page);
  await reader.open('praktik-antrean-puskesmas-daring');
  const banner = page.getByTestId('notes-unavailable');
  await expect(banner).toContainText('Catatan tidak dapat disimpan saat ini: folder data tidak ada dan tidak dapat dibuat');
  await expect(banner.getByRole('button')).toHaveCount(0); // it cannot be dismissed
  await app.screenshot('storage-unavailable-light');

  await notes.select('kewalahan oleh antrean pagi');
  await notes.toolbar.getByRole('button', { name: 'Sorot hijau' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'tidak dapat disimpan' }).first()).toBeVisible();
  await expect(notes.marks).toHaveCount(0);

  const status = await harness.host.invoke('notes:status', undefined);
  if (!status.ok) throw new Error('notes:status failed');
  await rm(path.dirname(path.dirname((status.value as { filePath: string }).filePath)));
  // The store tries again every few seconds; the banner checks while it is shown.
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await notes.select('kewalahan oleh antrean pagi');
  await notes.toolbar.getByRole('button', { name: 'Sorot hijau' }).click();
  await expect(notes.marks.filter({ hasText: 'kewalahan oleh antrean pagi' })).toBeVisible();
});
