/** The session-pack editor's document picker: type to narrow, arrows and Enter to choose, Esc to close. */
import type { DocumentSummary } from '../../../core/content/types';
import { expect, test } from '../fixtures';

test('the pack editor picks a document by typing, with ↑/↓, Enter and Esc', async ({ page, harness }) => {
  const listed = await harness.host.invoke('library:list', undefined);
  const docs = listed.ok && 'documents' in listed.value ? (listed.value.documents as DocumentSummary[]) : [];
  await page.goto(`${harness.url}#/presentasi/paket/baru`);
  const picker = page.getByRole('combobox', { name: 'Dokumen', exact: true });
  await expect(picker).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Dokumen yang cocok' });

  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option')).toHaveCount(Math.min(50, docs.length));
  await page.keyboard.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();

  await picker.pressSequentially('panduan replikasi');
  // Words match the title, the document key and the type's name ("Panduan replikasi" for guides).
  const typeName = { practice: 'Praktik baik', seminar: 'Materi seminar', guide: 'Panduan replikasi', glossary: 'Glosarium', dokumen: 'Dokumen' };
  const text = (doc: DocumentSummary) => `${doc.title} ${doc.id} ${typeName[doc.type]}`.toLowerCase();
  const matching = docs.filter((doc) => text(doc).includes('panduan') && text(doc).includes('replikasi')).map((doc) => doc.title);
  expect(matching.length).toBeGreaterThan(1);
  await expect(list.getByRole('option')).toHaveCount(matching.length);
  const sorted = [...matching].sort((a, b) => a.localeCompare(b, 'id'));
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const second = list.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(picker).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await expect(second.locator('.document-picker-title')).toHaveText(sorted[1]!);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(sorted[1]!);
  await expect(list).toBeHidden();
  // The chosen document's sections are offered next, and it can be added.
  await expect(page.getByRole('combobox', { name: 'Bagian', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Tambahkan ke paket' }).click();
  await expect(page.getByRole('list', { name: 'Urutan materi' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Urutan materi' })).toContainText(sorted[1]!);
  await expect(picker).toHaveValue('');

  await picker.fill('kata-yang-tidak-ada');
  await expect(list).toContainText('Tidak ada dokumen yang cocok');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveValue('');
});
