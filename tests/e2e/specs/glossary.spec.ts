/** Glossary terms in documents: only real terms, once per section, with a way to their entry. */
import { DocumentPage } from '../pages/DocumentPage';
import { expect, test } from '../fixtures';

const PROFILES = ['praktik-antrean-puskesmas-daring', 'praktik-jemput-bola-adminduk-desa'] as const;

test('marks only real terms, at most once in each section', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  for (const id of PROFILES) {
    await reader.open(id);
    await expect(reader.body.locator('dfn.glossary-term').first()).toBeAttached();
    const perSection = await reader.body.evaluate((body) => {
      const sections: string[][] = [[]];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
        if (el.tagName === 'H2') sections.push([]);
        if (el.matches('dfn.glossary-term')) sections[sections.length - 1]!.push((el as HTMLElement).dataset.term ?? '');
      }
      return sections;
    });
    for (const terms of perSection) expect(new Set(terms).size, `${id}: ${terms.join(', ')}`).toBe(terms.length);
    const marked = (await reader.body.locator('dfn.glossary-term').allTextContents()).map((text) => text.toLowerCase());
    for (const common of ['inovasi', 'berlanjut', 'pengembangan', 'evaluasi', 'daring']) expect(marked, id).not.toContain(common);
  }
});

test('the tooltip leads to the term in the glossary, by pointer and by Enter', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open(PROFILES[1]);
  const term = reader.body.locator('dfn.glossary-term').first();
  const name = (await term.getAttribute('data-term')) ?? '';
  await term.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(name);
  // As a hand would: from the term down onto the tooltip, then click its link.
  const box = (await tooltip.getByRole('link', { name: 'Buka di glosarium' }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.down();
  await page.mouse.up();
  await expect(reader.title).toHaveText(/Glosarium/);
  await expect(page.locator('.glossary-list dt', { hasText: name }).first()).toBeInViewport();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(/Glosarium/);
});

test('the glossary page has an A–Z index, a filter, and "Lihat juga" names documents by title', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open('glosarium');
  const index = page.getByRole('navigation', { name: 'Indeks A–Z' });
  await index.getByRole('link', { name: 'W', exact: true }).click();
  await expect(page.locator('.glossary-list dt', { hasText: 'Widyaiswara' })).toBeInViewport();
  await page.getByRole('searchbox', { name: 'Saring istilah' }).fill('kipp');
  await expect(page.locator('.glossary-list dt', { hasText: 'Widyaiswara' })).toHaveCount(0);
  await expect(page.locator('.glossary-list dt', { hasText: /^KIPP/ })).toBeVisible();
  for (const entry of await page.locator('.glossary-list > div').allTextContents()) expect(entry.toLowerCase()).toContain('kipp');
  await page.getByRole('searchbox', { name: 'Saring istilah' }).fill('');
  const seeAlso = page.locator('.glossary-related a');
  expect(await seeAlso.count()).toBeGreaterThan(5);
  for (const text of await seeAlso.allTextContents()) expect(text, 'a title, not an id').not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  await seeAlso.first().click();
  await expect(reader.title).not.toHaveText(/Glosarium/);
});
