/**
 * The keyboard layer: results walked with j/k and arrows, the command palette (Ctrl+Shift+P), the
 * shortcuts sheet ("?"), and the reader's jumps to the table of contents (t) and notes panel (n).
 */
import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { expect, test } from '../fixtures';

test('search results: ↓/j and ↑/k move between results, → into a result, Enter opens', async ({ page, harness }) => {
  await page.goto(`${harness.url}#/cari?q=${encodeURIComponent('pengaduan')}`);
  const titles = page.locator('.hit-title');
  await expect(titles.nth(2)).toBeVisible();
  await page.locator('main').focus();
  await page.keyboard.press('j');
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(titles.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(titles.nth(1)).toBeFocused();
  // One Tab stop per result: Tab from a title goes to the next title, not into its sections.
  await page.keyboard.press('Tab');
  await expect(titles.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const section = page.locator('.hit').nth(2).locator('.hit-section-link').first();
  await expect(section).toBeFocused();
  const href = await section.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^#/, '#')}$`));
});

test('command palette: every page and action by name, run with Enter', async ({ page, harness }) => {
  const app = new AppPage(page, harness.url);
  await app.open();
  await expect(page.locator('.doc-card').first()).toBeVisible(); // the shell is up
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Palet perintah' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('catat');
  await expect(palette.getByRole('option')).toHaveText(['Buka Catatan']);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/#\/catatan$/);

  await page.keyboard.press('Control+Shift+P');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('tema gelap');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+Shift+P');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('buka');
  await page.keyboard.press('ArrowDown');
  await app.screenshot('command-palette-dark');
  await page.keyboard.press('Escape');

  await expect(palette).toBeHidden();
  await page.keyboard.press('Control+Shift+P');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('zzz');
  await expect(palette.getByText('Tidak ada perintah yang cocok.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('"?" shows every shortcut; t and n jump to the contents and the notes panel while reading', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open('praktik-antrean-puskesmas-daring');
  await page.locator('main').focus();
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Ctrl+Shift+P');
  await expect(sheet).toContainText('Ke daftar isi');
  await new AppPage(page, harness.url).screenshot('shortcuts-sheet-light');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('t');
  await expect(page.locator('.toc a').first()).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.locator('.notes-panel :focus')).toHaveCount(1);
  // Typing in a field never triggers them.
  await page.getByRole('combobox', { name: 'Cari di pustaka' }).focus();
  await page.keyboard.type('tn?');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Cari di pustaka' })).toHaveValue('tn?');
});
