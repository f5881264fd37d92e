/**
 * Notes leave the app cleanly: an Obsidian-ready Markdown file, a zip of one file per document, and
 * imports that do not leave stale bars. The quotes are real passages of the profile, so their
 * highlights stay attached; one test keeps a quote that is not in the document, on purpose, to
 * check how a detached highlight is shown and exported.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import yauzl from 'yauzl';
import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';
import type { HarnessHost } from '../host/harnessHost';

const DOC = 'praktik-antrean-puskesmas-daring';
/** In the profile's "Masalah" section. */
const QUEUE = 'warga sudah berdatangan sejak pukul 05.00';
/** In the profile's "Ringkasan" section. */
const CHANNELS = 'melalui tiga kanal';
/** Not in the profile (it never was): a highlight on it is detached once the document is read. */
const GONE = 'Antrean sudah mengular sejak subuh';

async function highlight(harness: HarnessHost, quote: string, colour: 'kuning' | 'biru', tags: string[], note?: string, docId = DOC) {
  const answer = (await harness.host.invoke('notes:createHighlight', {
    docId,
    anchor: { quote, prefix: '', suffix: '', headingPath: [quote === CHANNELS ? 'Ringkasan' : 'Masalah'], offset: 10 },
    colour,
    tags,
    ...(note ? { note } : {}),
  })) as { ok: boolean };
  expect(answer.ok).toBe(true);
}

test('the Markdown export opens in a note app: front matter, #tags, colours named, no app:// links', async ({ page, harness }) => {
  await highlight(harness, QUEUE, 'biru', ['antrean', 'perlu dicoba'], 'Cocok untuk puskesmas kami.');
  await highlight(harness, CHANNELS, 'kuning', ['kanal']);
  const app = new AppPage(page, harness.url);
  // Reading the document re-anchors its highlights; both quotes are there, so neither is detached.
  await app.open(`/dokumen/${DOC}`);
  await expect(page.locator('.prose mark.note-hl')).toHaveCount(2);
  await app.open('/catatan');
  await expect(page.locator('.notes-item')).toHaveCount(2);
  await expect(page.locator('.notes-item .detached-badge')).toHaveCount(0);
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
  expect(markdown).toContain(`> ${QUEUE}`);
  expect(markdown).toMatch(/— Sorotan biru · Antrean Daring Puskesmas[^\n]* › Masalah/);
  expect(markdown).toContain('— Sorotan kuning');
  expect(markdown).not.toContain('catatan terlepas');
  expect(markdown.indexOf(`> ${QUEUE}`)).toBeLessThan(markdown.indexOf('Cocok untuk puskesmas kami.'));
});

test('an import clears the "Catatan dihapus · Urungkan" bar of a deletion made before it', async ({ page, harness }) => {
  await highlight(harness, CHANNELS, 'kuning', []);
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

test('a highlight whose text is not in the document shows as "Terlepas" and is exported as detached', async ({ page, harness }) => {
  await highlight(harness, QUEUE, 'biru', []);
  await highlight(harness, GONE, 'kuning', [], 'Kutipan lama.');
  const app = new AppPage(page, harness.url);
  await app.open(`/dokumen/${DOC}`);
  await expect(page.locator('.prose mark.note-hl')).toHaveCount(1);
  await app.open('/catatan');
  const detached = page.locator('.notes-item').filter({ has: page.locator('.detached-badge') });
  await expect(detached).toHaveCount(1);
  await expect(detached).toContainText(GONE);
  await expect(detached.locator('.detached-badge')).toHaveText('Terlepas');
  const exported = (await harness.host.invoke('notes:export', { format: 'markdown' })) as { value: { content: string } };
  expect(exported.value.content).toMatch(new RegExp(`> ${GONE}\\n\\n— Sorotan kuning[^\\n]*\\(catatan terlepas`));
  expect(exported.value.content).not.toMatch(new RegExp(`— Sorotan biru[^\\n]*\\(catatan terlepas`));
});

/** Every file in a zip, by name, as text. */
function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

test('"satu berkas per dokumen" saves a zip of one Obsidian-ready file per document, named by title', async ({ page, harness }) => {
  await highlight(harness, QUEUE, 'biru', ['antrean'], 'Cocok untuk puskesmas kami.');
  await highlight(harness, 'hampir semua layanan adminduk', 'kuning', ['regulasi'], undefined, 'praktik-jemput-bola-adminduk-desa');
  await harness.host.invoke('notes:createNote', { target: { kind: 'free' }, body: 'Bahan rapat Senin.' });
  const app = new AppPage(page, harness.url);
  await app.open('/catatan');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor satu berkas Markdown per dokumen (zip)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^catatan-pustaka-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByRole('status').filter({ hasText: /catatan-pustaka-.*\.zip/ })).toBeVisible();
  const files = await unzip(await readFile(await saved.path()));

  const names = [...files.keys()];
  expect(names).toHaveLength(3);
  for (const name of names) expect(name, 'no path characters in a file name').toMatch(/^[^/\\:*?"<>|]+\.md$/);
  expect(names).toContain('Catatan lepas.md');
  const metas = new Map(names.map((name) => [name, parse(/^---\n([\s\S]*?)\n---\n/.exec(files.get(name)!)![1]!) as Record<string, unknown>]));
  const queue = names.find((n) => n.startsWith('Antrean Daring Puskesmas'))!;
  expect(queue, 'the file is named after the document title').toBeDefined();
  expect(metas.get(queue)).toMatchObject({ source: 'Pustaka Inovasi', reference: `Pustaka Inovasi, ${DOC}`, tags: ['antrean'] });
  expect(metas.get(queue)!.title).toMatch(/^Antrean Daring Puskesmas/);
  expect(metas.get(queue)!.exported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(files.get(queue)).toContain(`> ${QUEUE}`);
  expect(files.get(queue)).toContain('Cocok untuk puskesmas kami.');
  expect(files.get(queue)).not.toContain('hampir semua layanan adminduk');
  const other = names.find((n) => n !== queue && n !== 'Catatan lepas.md')!;
  expect(metas.get(other)).toMatchObject({ reference: 'Pustaka Inovasi, praktik-jemput-bola-adminduk-desa', tags: ['regulasi'] });
  expect(files.get('Catatan lepas.md')).toContain('Bahan rapat Senin.');
  for (const text of files.values()) expect(text).not.toContain('app://');
});
