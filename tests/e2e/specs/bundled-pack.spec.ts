/**
 * The half-day training pack ships with the app: it is listed as "Bawaan" beside the trainer's
 * own packs, opens read-only, presents its first document, and keeps the test's answer key on the
 * presenter's screen only. Screenshots (1366×768) go to test-results/screenshots/.
 */
import { openHarnessPage } from '../host/harnessPage';
import { AudienceView, PresenterView } from '../pages/PresentationPages';
import { expect, test } from '../fixtures';

const PACK_ID = 'bawaan-pelatihan-setengah-hari';
const PACK_TITLE = 'Pelatihan Setengah Hari: Inovasi Pelayanan Publik';
const DECK_SLIDES = 34;

test.describe('bundled session pack', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('is listed as built-in, opens read-only, presents its first document and can be duplicated', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/presentasi`);
    // The trainer has no packs of their own yet; the built-in one is listed all the same.
    await expect(page.getByRole('heading', { name: 'Belum ada paket sesi' })).toBeVisible();
    const item = page.locator('.pack-item', { hasText: PACK_TITLE });
    await expect(item).toContainText('Bawaan');
    await expect(item).toContainText('6 materi');
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/bundled-pack-list-1366x768.png' });

    await item.getByRole('link', { name: new RegExp(PACK_TITLE) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PACK_TITLE);
    await expect(page.getByText('Paket ini ikut terpasang bersama aplikasi dan tidak dapat diubah atau dihapus.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Urutan materi' }).getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('button', { name: 'Simpan paket' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Hapus paket' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Cetak bahan tayang' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/bundled-pack-view-1366x768.png' });

    await page.getByRole('button', { name: 'Presentasikan' }).click();
    const audience = new AudienceView(page);
    await expect(audience.slide).toBeVisible();
    await audience.expectSlide(1);
    await expect(audience.slide.locator('h2')).toHaveText('Menciptakan, Mereplikasi, dan Melembagakan Inovasi Pelayanan Publik');
    await audience.press('Escape');

    // Duplicating gives the trainer an editable copy of their own.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PACK_TITLE);
    await page.getByRole('button', { name: 'Gandakan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${PACK_TITLE} (salinan)`);
    await expect(page.getByRole('button', { name: 'Simpan paket' })).toBeVisible();
  });

  test('the answer key of the test reaches the presenter view and the trainer handout, not the audience', async ({ page, harness, context }) => {
    const firstQuestion = DECK_SLIDES + 3; // the test's title slide, its instructions, then "Soal 1"
    const audience = new AudienceView(page);
    await audience.open(harness.url, 'paket', PACK_ID, firstQuestion);
    await expect(audience.slide.locator('h2')).toHaveText('Soal 1');
    await expect(audience.root).not.toContainText('Kunci');

    const presenterPage = await openHarnessPage(context, harness);
    await presenterPage.setViewportSize({ width: 1366, height: 768 });
    const presenter = new PresenterView(presenterPage);
    await presenter.open(harness.url, 'paket', PACK_ID);
    await presenterPage.keyboard.type(String(firstQuestion));
    await presenterPage.keyboard.press('Enter');
    await expect(presenter.current.locator('h2')).toHaveText('Soal 1');
    await expect(presenter.notes).toContainText('Kunci: C');
    await presenterPage.screenshot({ path: 'test-results/screenshots/bundled-pack-presenter-1366x768.png' });
    await presenterPage.close();

    // Participants' handout (no speaker notes) has the questions but no key; the trainer's has both.
    await page.goto(`${harness.url}#/cetak/paket/${PACK_ID}?tata=dokumen`);
    const handout = page.locator('.handout[data-ready="1"]');
    await expect(handout).toContainText('Lembar Kerja 1: Memilih Praktik untuk Direplikasi dan Menilai Kesesuaiannya');
    await expect(handout).toContainText('Menurut PermenPANRB No. 91 Tahun 2021, manakah yang bukan kriteria');
    await expect(handout).not.toContainText('Kunci: C');
    await page.locator('.handout-part', { hasText: 'Lembar Kerja 1' }).getByRole('heading', { name: 'Bagian C: Menilai dengan Lima Atribut' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/bundled-pack-worksheet-handout-1366x768.png' });
    await page.goto(`${harness.url}#/cetak/paket/${PACK_ID}?tata=dokumen&catatan=1`);
    await expect(page.locator('.handout[data-ready="1"]')).toContainText('Kunci: C');

    // A participant who opens the test in the library reads the questions, not the key.
    await page.goto(`${harness.url}#/dokumen/pelatihan-tes-awal-akhir`);
    await expect(page.getByRole('heading', { name: 'Soal 10' })).toBeVisible();
    await expect(page.getByText('Catatan pembicara dokumen ini tidak ditampilkan di sini.')).toBeVisible();
    await expect(page.locator('.document')).not.toContainText('Kunci:');
  });

  test('reads well in the dark theme too', async ({ page, harness }) => {
    await harness.host.invoke('app:setTheme', { theme: 'dark' });
    await page.goto(`${harness.url}#/presentasi/paket/${PACK_ID}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.badge-bundled')).toHaveText('Bawaan');
    await page.screenshot({ path: 'test-results/screenshots/bundled-pack-view-1366x768-dark.png' });
  });

  test('every slide of the training deck fits a 1024×768 projector', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const audience = new AudienceView(page);
    await audience.open(harness.url, 'dokumen', 'seminar-dek-pelatihan-setengah-hari');
    for (let n = 1; n <= DECK_SLIDES; n++) {
      await audience.expectSlide(n);
      await expect
        .poll(() => audience.slide.evaluate((el) => el.scrollHeight - el.clientHeight), { message: `slide ${n} overflows` })
        .toBeLessThanOrEqual(1);
      if (n === 9 || n === 25) await page.screenshot({ path: `test-results/screenshots/training-deck-slide-${n}-1024x768.png` });
      await audience.press('ArrowRight');
    }
  });
});
