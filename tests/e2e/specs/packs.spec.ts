import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { AudienceView } from '../pages/PresentationPages';
import { PackEditorPage } from '../pages/PackEditorPage';
import { expect, test } from '../fixtures';

const DECK = 'Dek Presentasi: Arah Pembinaan Inovasi Pelayanan Publik untuk Reformasi Birokrasi Berdampak';
const PRACTICE = 'Adminduk Tuntas di Desa: Operator Desa sebagai Loket Pertama Disdukcapil';
const GUIDE = 'Memilih Inovasi yang Akan Direplikasi';

test.describe('session packs', () => {
  test('a pack is created, reordered, presented end to end, exported and printed as a handout', async ({ page, harness }, testInfo) => {
    await page.goto(`${harness.url}#/presentasi`);
    await expect(page.getByRole('heading', { name: 'Belum ada paket sesi' })).toBeVisible();
    await page.getByRole('link', { name: 'Buat paket sesi' }).click();

    const editor = new PackEditorPage(page);
    await editor.fill({ title: 'Pelatihan Replikasi Inovasi Angkatan I', date: '2026-12-03', audience: 'Tim inovasi OPD Kabupaten', trainer: 'Ibu Widyaiswara Contoh', duration: 120 });
    await editor.add('panduan-memilih-inovasi', 'langkah-1-mulai-dari-masalah-layanan-sendiri');
    await editor.add('seminar-dek-pembinaan-inovasi');
    await editor.add('praktik-jemput-bola-adminduk-desa');
    await editor.save();
    const id = editor.packId();
    expect(id).toMatch(/^paket-/);

    // Reorder: the practice profile moves up to second place, the guide's section goes last.
    await page.getByRole('button', { name: `Turunkan ${GUIDE}` }).click();
    await page.getByRole('button', { name: `Naikkan ${PRACTICE}` }).click();
    await expect(editor.items).toHaveText([`1. ${DECK}`, `2. ${PRACTICE}`, `3. ${GUIDE} › Langkah 1: Mulai dari Masalah Layanan Sendiri`]);
    await editor.save();

    // Present it from the first slide to the last.
    await page.getByRole('button', { name: 'Presentasikan' }).click();
    const audience = new AudienceView(page);
    await expect(audience.slide).toBeVisible();
    await audience.expectSlide(1);
    await expect(audience.slide.locator('h2')).toHaveText('Arah Pembinaan Inovasi Pelayanan Publik untuk Reformasi Birokrasi Berdampak');
    const practiceSections = 10; // Ringkasan … Pelajaran plus any extra ## in the profile
    let n = 1;
    const titles: string[] = [];
    for (;;) {
      titles.push((await audience.slide.locator('h1, h2').first().textContent()) ?? '');
      await audience.press('ArrowRight');
      const now = Number(await audience.root.getAttribute('data-slide'));
      if (now === n) break;
      n = now;
    }
    // The deck opens with its own title slide; each other document gets one before its slides.
    expect(titles[21]).toBe('Tindak Lanjut');
    expect(titles[22]).toBe(PRACTICE);
    expect(titles[23]).toBe('Ringkasan');
    expect(titles.at(-2)).toBe(GUIDE);
    expect(titles.at(-1)).toBe('Langkah 1: Mulai dari Masalah Layanan Sendiri');
    expect(titles.length).toBeGreaterThanOrEqual(22 + practiceSections + 1);
    await audience.press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelatihan Replikasi Inovasi Angkatan I');

    // Export as JSON.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('paket-sesi-pelatihan-replikasi-inovasi-angkatan-i.json');
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack: { title: 'Pelatihan Replikasi Inovasi Angkatan I', durationMinutes: 120 } });
    expect(exported.pack.items.map((i: { docId: string }) => i.docId)).toEqual(['seminar-dek-pembinaan-inovasi', 'praktik-jemput-bola-adminduk-desa', 'panduan-memilih-inovasi']);

    // The handout: cover, the documents in order, page numbers.
    await page.goto(`${harness.url}#/cetak/paket/${id}?tata=dokumen&catatan=1`);
    await expect(page.locator('.handout[data-ready="1"]')).toBeVisible();
    await expect(page.locator('.handout-part .badge-illustrative')).toHaveCount(1);
    const pdfPath = testInfo.outputPath('paket-sesi.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const squashed = text.replace(/\s+/g, ' ');
    expect(squashed.toLowerCase()).toContain('bahan sesi pelatihan');
    expect(squashed).toContain('Pelatihan Replikasi Inovasi Angkatan I');
    expect(squashed).toContain('3 Desember 2026');
    expect(squashed).toContain('Ibu Widyaiswara Contoh');
    expect(squashed).toContain('Tim inovasi OPD Kabupaten');
    const order = ['Materi 1 dari 3', 'Materi 2 dari 3', 'Materi 3 dari 3'].map((part) => squashed.indexOf(part));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const deckAt = squashed.indexOf('Materi 1 dari 3');
    expect(squashed.indexOf('Tujuan Sesi Ini', deckAt)).toBeGreaterThan(deckAt);
    expect(squashed.indexOf('Mulai dari Masalah Layanan Sendiri', order[2])).toBeGreaterThan(order[2]!);
    expect(squashed).toContain('Sambut peserta'); // speaker notes were asked for
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(3);
    for (const p of [1, 2, pages]) expect(text).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pages}\\b`));
  });

  test('a damaged or foreign pack file is refused with a clear message, and nothing is lost', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/presentasi`);
    const input = page.getByLabel('Pilih berkas paket sesi (JSON)');
    await input.setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pustaka-inovasi/paket-sesi", "pack": ') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Paket sesi tidak dapat diimpor');
    await expect(alert).toContainText('Berkas paket sesi tidak dapat dibaca: isinya bukan JSON yang sah');
    await expect(alert).toContainText('Tidak ada data yang diubah.');
    await expect(alert).not.toContainText(/Unexpected|JSON\.parse|position/);
    // A date the calendar does not have is named as such.
    const badDate = { title: 'Paket tanggal salah', date: '2026-02-31', audience: '', trainer: '', durationMinutes: 60, items: [] };
    await input.setInputFiles({ name: 'tanggal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack: badDate })) });
    await expect(alert).toContainText('tanggal: tanggal itu tidak ada di kalender');
    await input.setInputFiles({ name: 'lain.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'lain', version: 1 })) });
    await expect(alert).toContainText('format');
    await expect(page.getByRole('heading', { name: 'Belum ada paket sesi' })).toBeVisible();

    // A pack naming a document this library lacks is kept, with the missing one named.
    const pack = { title: 'Paket dari rekan', date: '', audience: '', trainer: '', durationMinutes: 60, items: [{ docId: 'dokumen-yang-tidak-ada' }, { docId: 'seminar-dek-pembinaan-inovasi' }] };
    await input.setInputFiles({ name: 'rekan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'pustaka-inovasi/paket-sesi', version: 1, pack })) });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paket dari rekan');
    await expect(page.getByRole('alert')).toContainText('dokumen-yang-tidak-ada');
    await page.getByRole('button', { name: 'Presentasikan' }).click();
    const audience = new AudienceView(page);
    await expect(audience.slide).toBeVisible();
    await audience.press('End');
    await audience.expectSlide(22);
  });

  test('says so in English when the interface is English', async ({ page, harness }) => {
    await harness.host.invoke('app:setLanguage', { language: 'en' });
    await page.goto(`${harness.url}#/presentasi`);
    await expect(page.getByRole('heading', { name: 'No session packs yet' })).toBeVisible();
    await page.getByLabel('Choose a session pack file (JSON)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await expect(page.getByRole('alert')).toContainText('The session pack file could not be read: its content is not valid JSON');
    await expect(page.getByRole('alert')).not.toContainText(/tidak|bukan|Unexpected/);
  });

  test('a pack that no longer exists says so', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/tampil/paket/paket-hilang`);
    await expect(page.getByRole('alert')).toContainText('Paket sesi "paket-hilang" tidak ditemukan');
  });
});
