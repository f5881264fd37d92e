/** Hostile HTML inside a library document never reaches the page in a form that can run. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileLibrary, writeLibrary } from '../../../build/content/compile';
import { DocumentPage } from '../pages/DocumentPage';
import { expect, test } from '../fixtures';

const source = path.join(import.meta.dirname, '..', 'content-fixtures', 'hostile');
let outDir = '';

test.beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-hostile-'));
  await writeLibrary(await compileLibrary(source), source, outDir);
});
test.afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});
test.use({ contentDir: async ({}, use) => use(outDir) });

test('scripts, event handlers, javascript: URLs, frames and SVG tricks are all neutralised', async ({ page, harness }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const reader = new DocumentPage(page, harness.url);
  await reader.open('panduan-berbahaya');
  await expect(reader.body).toContainText('Teks biasa yang aman tetap tampil.');

  // Give anything that could fire (onerror, onload, autofocus, refresh) the chance to.
  await reader.body.getByText('klik saya').click();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(page.url()).toContain('#/dokumen/panduan-berbahaya');

  const found = await reader.body.evaluate((root) => {
    const dangerous = root.querySelectorAll('script, iframe, object, embed, form, meta, base, style, link, input, button');
    const handlers: string[] = [];
    const urls: string[] = [];
    root.querySelectorAll('*').forEach((el) => {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('on')) handlers.push(`${el.tagName}.${attr.name}`);
        if (/^(href|src|xlink:href|action|formaction|data|to|style)$/i.test(attr.name) && /javascript:|data:text\/html/i.test(attr.value)) {
          urls.push(`${el.tagName}.${attr.name}=${attr.value}`);
        }
      }
    });
    return { dangerous: Array.from(dangerous).map((el) => el.tagName), handlers, urls };
  });
  expect(found).toEqual({ dangerous: [], handlers: [], urls: [] });

  // Clicking what is left of the javascript: links does nothing either.
  await reader.body.getByText('tautan javascript').click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});
