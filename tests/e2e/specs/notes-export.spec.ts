/** Notes leave the app cleanly: an Obsidian-ready Markdown file, and imports that do not leave stale bars. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';
import type { HarnessHost } from '../host/harnessHost';

const DOC = 'praktik-antrean-puskesmas-daring';

async function highlight(harness: HarnessHost, quote: string, colour: 'kuning' | 'biru', tags: string[], note?: string) {
  const answer = (await harness.host.invoke('notes:createHighlight', {
    docId: DOC,
    anchor: { quote, prefix: '', suffix: '', headingPath: ['Masalah'], offset: 10 },
    colour,
    tags,
    ...(note ? { note } : {}),
  })) as { ok: boolean };
  expect(answer.ok).toBe(true);
}

test('the Markdown export opens in a note app: front matter, #tags, colours named, no app:// links', async ({ page, harness }) => {
  await highlight(harness, 'Antrean sudah mengular sejak subuh', 'biru', ['antrean', 'perlu dicoba'], 'Cocok untuk puskesmas kami.');
  await highlight(harness, 'tiga kanal pendaftaran', 'kuning', ['kanal']);
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor Markdown' }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  await page.screenshot({ path: 'test-results/screenshots/notes-export-light.png' });

  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(front, 'the file starts with YAML front matter').not.toBeNull();
  const meta = parse(front![1]!) as { title: string; source: string; exported: string; tags: string[]; documents: { title: string; reference: string }[] };
  expect(meta.title).toBe('Catatan dan Sorotan — Pustaka Inovasi');
  expect(meta.source).toBe('Pustaka Inovasi');
  expect(meta.exported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(meta.tags).toEqual(['antrean', 'kanal', 'perlu-dicoba']);
  expect(meta.documents).toHaveLength(1);
  expect(meta.documents[0]!.title).toMatch(/^Antrean Daring Puskesmas/);
  expect(meta.documents[0]!.reference).toBe(`Pustaka Inovasi, ${DOC}`);

  expect(markdown).not.toContain('app://');
  expect(markdown).toContain('Label: #antrean #perlu-dicoba');
  expect(markdown).toContain('> Antrean sudah mengular sejak subuh');
  expect(markdown).toMatch(/— Sorotan biru · Antrean Daring Puskesmas[^\n]* › Masalah/);
  expect(markdown).toContain('— Sorotan kuning');
  expect(markdown.indexOf('> Antrean sudah mengular')).toBeLessThan(markdown.indexOf('Cocok untuk puskesmas kami.'));
});

test('an import clears the "Catatan dihapus · Urungkan" bar of a deletion made before it', async ({ page, harness }) => {
  await highlight(harness, 'tiga kanal pendaftaran', 'kuning', []);
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  await page.getByRole('button', { name: 'Hapus' }).first().click();
  const undoBar = page.locator('.undo-bar');
  await expect(undoBar).toContainText('Urungkan');
  const exported = (await harness.host.invoke('notes:export', { format: 'json' })) as { value: { content: string } };
  await page.getByTestId('notes-import-file').setInputFiles({ name: 'catatan.json', mimeType: 'application/json', buffer: Buffer.from(exported.value.content) });
  await expect(page.getByRole('status').filter({ hasText: /ditambahkan|dilewati/ })).toBeVisible();
  await expect(undoBar).toHaveCount(0);
});
