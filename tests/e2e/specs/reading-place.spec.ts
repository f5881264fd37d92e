/** The reader keeps the user's place: Back/Forward, "Lanjutkan membaca", titles and focus per page. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BUILT_CONTENT_DIR } from '../host/harnessHost';
import { DocumentPage } from '../pages/DocumentPage';
import { expect, test } from '../fixtures';

const LONG_PROFILE = 'praktik-antrean-puskesmas-daring';

async function builtTitle(id: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(BUILT_CONTENT_DIR, 'documents', `${id}.json`), 'utf8')) as { meta: { title: string } }).meta.title;
}

const scrollTop = (page: Page) => page.locator('#main').evaluate((el) => Math.round(el.scrollTop));

test('Alt+← after a cross-link at the bottom of a long profile returns to the same place', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open(LONG_PROFILE);
  const link = reader.body.locator('a.doc-link').last();
  const targetId = /#\/dokumen\/([a-z0-9-]+)/.exec((await link.getAttribute('href')) ?? '')?.[1] ?? '';
  await link.scrollIntoViewIfNeeded();
  await page.locator('#main').evaluate((el) => el.scrollBy(0, 40));
  const before = await scrollTop(page);
  expect(before, 'the link sits well below the first screen').toBeGreaterThan(1500);
  await link.click();
  await expect(reader.title).toHaveText(await builtTitle(targetId));
  await expect.poll(() => scrollTop(page)).toBeLessThan(50);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(reader.title).toHaveText(await builtTitle(LONG_PROFILE));
  await expect.poll(() => scrollTop(page)).toBe(before);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(reader.title).toHaveText(await builtTitle(targetId));
  await expect.poll(() => scrollTop(page)).toBeLessThan(50);
});

test('"Lanjutkan membaca" resumes where the reader left the document', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open(LONG_PROFILE);
  const fraction = () => page.locator('#main').evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
  await page.locator('#main').evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * 0.6 }));
  await expect
    .poll(async () => {
      const answer = (await harness.host.invoke('reading:recent', undefined)) as { ok: boolean; value?: { recent: { id: string; position?: number }[] } };
      return answer.value?.recent.find((r) => r.id === LONG_PROFILE)?.position ?? 0;
    })
    .toBeGreaterThan(0.55);
  // Leave from the sidebar, which is in view: scrolling up to "Kembali ke pustaka" would itself
  // be a new place in the document.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pustaka' }).click();
  await page.getByRole('region', { name: 'Lanjutkan membaca' }).getByRole('link', { name: await builtTitle(LONG_PROFILE) }).click();
  await expect(reader.title).toHaveText(await builtTitle(LONG_PROFILE));
  await expect.poll(fraction).toBeGreaterThan(0.55);
  expect(await fraction()).toBeLessThan(0.65);
});

test('each page has its own window title, and the focus moves to its heading', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page).toHaveTitle('Pustaka — Pustaka Inovasi');
  const title = await builtTitle(LONG_PROFILE);
  await page.goto(`${harness.url}#/dokumen/${LONG_PROFILE}`);
  await expect(page).toHaveTitle(`${title} — Pustaka Inovasi`);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Catatan' }).click();
  await expect(page).toHaveTitle('Catatan — Pustaka Inovasi');
  await expect(page.getByRole('heading', { level: 1, name: 'Catatan' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveTitle(`${title} — Pustaka Inovasi`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Presentasi' }).click();
  await expect(page).toHaveTitle('Presentasi — Pustaka Inovasi');
  await expect(page.getByRole('heading', { level: 1, name: 'Presentasi' })).toBeFocused();
});

test('the text of a profile starts on the first screen at 1366×768', async ({ page, harness }) => {
  const reader = new DocumentPage(page, harness.url);
  await reader.open(LONG_PROFILE);
  const firstParagraph = reader.body.locator('p').first();
  await expect(firstParagraph).toBeInViewport();
  const box = await firstParagraph.boundingBox();
  expect(box && box.y + 60).toBeLessThan(768);
  // The facts are one click away, and all of them are there.
  await expect(reader.meta).toBeHidden();
  await page.getByText('Rincian lengkap').click();
  await expect(reader.meta).toBeVisible();
  await expect(reader.meta).toContainText('Dinas Kesehatan');
});
