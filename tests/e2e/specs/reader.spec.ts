import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentPage } from '../pages/DocumentPage';
import { BUILT_CONTENT_DIR } from '../host/harnessHost';
import { expect, test } from '../fixtures';

async function builtDocument(id: string) {
  return JSON.parse(await readFile(path.join(BUILT_CONTENT_DIR, 'documents', `${id}.json`), 'utf8')) as {
    meta: { title: string; illustrative: boolean };
    headings: { depth: number; text: string; slug: string }[];
  };
}

test.describe('reading a practice profile', () => {
  test('shows the title, the illustrative badge, the metadata, the nine sections and an outline', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    const built = await builtDocument('praktik-antrean-puskesmas-daring');
    await reader.open('praktik-antrean-puskesmas-daring');
    await expect(reader.title).toHaveText(built.meta.title);
    await expect(reader.badge).toHaveText('Contoh ilustratif');
    await expect(reader.meta).toContainText('Kabupaten Cendana Asri (fiktif)');
    await expect(reader.meta).toContainText('Kesehatan');
    // A composite's regulations are what it draws on, not the source of the case.
    await expect(page.locator('.document-sources h2')).toHaveText('Rujukan');
    for (const section of ['Ringkasan', 'Masalah', 'Inovasi', 'Cara Kerja', 'Dampak', 'Pemangku Kepentingan (Pentahelix)', 'Keberlanjutan', 'Syarat Replikasi', 'Pelajaran']) {
      await expect(reader.body.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    }
    await expect(reader.toc.getByRole('link', { name: 'Pelajaran' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/reader-practice-light.png' });
  });

  test('marks the section being read in the outline as the reader scrolls', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring');
    await reader.toc.getByRole('link', { name: 'Pelajaran' }).click();
    await expect(reader.toc.getByRole('link', { name: 'Pelajaran' })).toHaveAttribute('aria-current', 'location');
    await reader.toc.getByRole('link', { name: 'Ringkasan' }).click();
    await expect(reader.toc.getByRole('link', { name: 'Ringkasan' })).toHaveAttribute('aria-current', 'location');
  });

  test('follows a cross-link to another document and comes back with Alt+←', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring');
    const link = reader.body.locator('a.doc-link').first();
    const target = (await link.getAttribute('href')) ?? '';
    const targetId = /#\/dokumen\/([a-z0-9-]+)/.exec(target)?.[1] ?? '';
    expect(targetId).not.toBe('');
    await link.click();
    await expect(reader.title).toHaveText((await builtDocument(targetId)).meta.title);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(reader.title).toHaveText((await builtDocument('praktik-antrean-puskesmas-daring')).meta.title);
    await page.keyboard.press('Alt+ArrowRight');
    await expect(reader.title).toHaveText((await builtDocument(targetId)).meta.title);
  });

  test('offers related documents from the same sector', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring');
    const related = page.getByRole('region', { name: 'Dokumen terkait' });
    await expect(related.locator('.doc-card').first()).toBeVisible();
  });

  test('keeps the chosen text size after a reload', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring');
    const size = () => reader.body.evaluate((el) => getComputedStyle(el).fontSize);
    const before = await size();
    await page.getByRole('button', { name: 'Perbesar huruf' }).click();
    await page.getByRole('button', { name: 'Perbesar huruf' }).click();
    await expect.poll(size).not.toBe(before);
    const larger = await size();
    await page.reload();
    await expect.poll(size).toBe(larger);
  });
});

test.describe('a replication guide', () => {
  test('has tickable checklists whose state survives a reload', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('panduan-memilih-inovasi');
    const items = reader.checklistItems();
    const total = await items.count();
    expect(total).toBeGreaterThan(3);
    await expect(reader.checklistProgress).toHaveText(`0 dari ${total} butir daftar periksa selesai`);
    await items.nth(0).check();
    await items.nth(2).check();
    await expect(reader.checklistProgress).toHaveText(`2 dari ${total} butir daftar periksa selesai`);
    await page.reload();
    await expect(reader.checklistItems().nth(0)).toBeChecked();
    await expect(reader.checklistItems().nth(1)).not.toBeChecked();
    await expect(reader.checklistItems().nth(2)).toBeChecked();
    await reader.checklistItems().nth(0).uncheck();
    await expect(reader.checklistProgress).toHaveText(`1 dari ${total} butir daftar periksa selesai`);
  });

  test.describe('when the library list answers after the document', () => {
    test.use({ slowChannels: { 'library:list': 700 } });

    test('gives each checklist item one box and underlines each glossary term once per section', async ({ page, harness }) => {
      const reader = new DocumentPage(page, harness.url);
      await reader.open('panduan-memilih-inovasi');
      await expect(reader.body.locator('dfn.glossary-term').first()).toBeVisible();
      const perItem = await reader.body.locator('li.task-item').evaluateAll((items) => items.map((li) => li.querySelectorAll('input').length));
      expect(perItem.length).toBeGreaterThan(3);
      expect(new Set(perItem)).toEqual(new Set([1]));
      // A term is underlined at its first use in each section (h2), never twice within one.
      const sections = await reader.body.evaluate((body) => {
        const found: string[][] = [[]];
        body.querySelectorAll('h2, dfn.glossary-term').forEach((el) => {
          if (el.tagName === 'H2') found.push([]);
          else found[found.length - 1]!.push((el as HTMLElement).dataset.term ?? '');
        });
        return found;
      });
      for (const terms of sections) expect(terms.length).toBe(new Set(terms).size);
    });
  });

  test('shows its images from the bundled assets', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('panduan-kolaborasi-pentahelix');
    const image = reader.body.locator('img').first();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('underlines glossary terms and explains them on keyboard focus', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('panduan-kipp-kelompok-replikasi');
    const term = reader.body.locator('dfn.glossary-term').first();
    await expect(term).toBeVisible();
    await term.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    expect((await tooltip.textContent())?.length ?? 0).toBeGreaterThan(20);
    await expect(term).toHaveAttribute('aria-describedby', 'glossary-tooltip');
  });
});

test.describe('seminar materials and the glossary', () => {
  test('opens the seminar deck with its event details', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('seminar-dek-pembinaan-inovasi');
    await expect(reader.meta).toContainText('Kabupaten Badung');
    await expect(reader.badge).toHaveCount(0);
    await expect(page.locator('.document-sources h2')).toHaveText('Sumber');
    expect(await reader.body.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(15);
  });

  test('lists every glossary term with its definition', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('glosarium');
    const list = page.getByRole('term');
    expect(await list.count()).toBeGreaterThanOrEqual(40);
    await expect(page.locator('.glossary-list dt', { hasText: /^KIPP/ }).first()).toBeVisible();
  });

  test('opens a document at the section named in the link', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    await reader.open('praktik-antrean-puskesmas-daring', 'pelajaran');
    await expect(page.locator('#pelajaran')).toBeInViewport();
  });
});
