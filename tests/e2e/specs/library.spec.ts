import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';

test.describe('library', () => {
  test('opens a document from the home page and goes back', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    const card = page.locator('.doc-card').first();
    const title = (await card.locator('.doc-card-title').textContent()) ?? '';
    await card.getByRole('link').click();
    await expect(app.heading).toHaveText(title);
    await expect(page.locator('.prose h2').first()).toBeVisible();
    await app.screenshot('document-light');
    await page.getByRole('link', { name: 'Kembali ke pustaka' }).click();
    await expect(app.heading).toHaveText('Pustaka');
  });

  test('says plainly when a document does not exist', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await page.goto(`${harness.url}#/dokumen/tidak-ada-dokumen-ini`);
    await expect(page.getByRole('alert')).toContainText('Dokumen tidak ditemukan');
    await expect(page.getByRole('alert')).toContainText('“tidak-ada-dokumen-ini”'.replace(/[“”]/g, '"'));
    await expect(app.navLink('Pustaka')).toBeVisible();
  });
});

test.describe('an empty library', () => {
  let emptyDir = '';
  test.beforeAll(async () => {
    emptyDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-empty-'));
  });
  test.afterAll(async () => {
    await rm(emptyDir, { recursive: true, force: true });
  });
  test.use({ contentDir: async ({}, use) => use(emptyDir) });

  test('explains what to do when there is nothing to show', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await expect(page.getByRole('heading', { name: 'Pustaka masih kosong' })).toBeVisible();
    await expect(page.getByText('npm run build:content')).toBeVisible();
    await expect(page.locator('.doc-card')).toHaveCount(0);
    await app.open('/presentasi');
    await expect(page.getByRole('heading', { name: 'Belum ada materi presentasi' })).toBeVisible();
  });
});
