/**
 * Everyday screens at 1366×768, light and dark: the top of the reader, the Notes page after a
 * Markdown export, and the presenter view of a session pack. Saved under test-results/screenshots/.
 */
import { expect, test } from '../fixtures';
import { PresenterView } from '../pages/PresentationPages';

for (const theme of ['light', 'dark'] as const) {
  test(`reader top, notes export and pack presenter, ${theme}`, async ({ page, harness }) => {
    await harness.host.invoke('app:setTheme', { theme });
    await harness.host.invoke('notes:createHighlight', {
      docId: 'praktik-antrean-puskesmas-daring',
      anchor: { quote: 'warga sudah berdatangan sejak pukul 05.00', prefix: '', suffix: '', headingPath: ['Masalah'], offset: 10 },
      colour: 'hijau',
      tags: ['antrean'],
      note: 'Cocok untuk puskesmas kami.',
    });
    const saved = (await harness.host.invoke('packs:save', {
      pack: { title: 'Pelatihan Replikasi', date: '2026-12-03', audience: '', trainer: '', durationMinutes: 90, items: [{ docId: 'praktik-jemput-bola-adminduk-desa' }, { docId: 'panduan-memilih-inovasi' }] },
    })) as { value: { id: string } };

    await page.goto(`${harness.url}#/dokumen/praktik-antrean-puskesmas-daring`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('.prose p').first()).toBeInViewport();
    await page.screenshot({ path: `test-results/screenshots/everyday-reader-top-${theme}.png` });

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Catatan' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor Markdown' }).click();
    await download;
    await expect(page.getByRole('status').filter({ hasText: /catatan-pustaka-.*\.md/ })).toBeVisible();
    // The quote is in the document, so the highlight stays attached (no "Terlepas" badge).
    await expect(page.locator('.notes-item .detached-badge')).toHaveCount(0);
    await page.screenshot({ path: `test-results/screenshots/everyday-notes-export-${theme}.png` });

    const presenter = new PresenterView(page);
    await presenter.open(harness.url, 'paket', saved.value.id);
    await page.keyboard.press('ArrowRight');
    await presenter.expectSlide(2, await presenter.overview.getByRole('button').count());
    await page.screenshot({ path: `test-results/screenshots/everyday-presenter-${theme}.png` });
  });
}
