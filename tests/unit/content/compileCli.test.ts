import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/tempDir';

const repo = path.resolve(import.meta.dirname, '../../..');
const tempDir = useTempDir('pustaka-build-content');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'build/content/compile.ts'), ...args], { cwd: repo, encoding: 'utf8' });

const guide = (id: string, body: string) =>
  `---\nid: ${id}\ntype: guide\ntitle: "Panduan ${id}"\nsummary: "Panduan uji untuk build:content."\nupdated: 2026-12-03\n---\n${body}\n`;

async function library(): Promise<{ src: string; out: string }> {
  const src = path.join(tempDir(), 'konten');
  await mkdir(path.join(src, 'panduan'), { recursive: true });
  await writeFile(path.join(src, 'panduan', 'baik.md'), guide('baik', '## Langkah\n\nSiapkan tim.'));
  // Body starts on line 8; the 20,000 ">" are on line 10.
  await writeFile(path.join(src, 'panduan', 'dalam.md'), guide('dalam', `## Bagian\n\n${'>'.repeat(20_000)}\n\nPenutup kata-unik-dalam.`));
  return { src, out: path.join(tempDir(), 'keluaran') };
}

describe('npm run build:content on a document marked cannot process', () => {
  it('reports it as file:line, builds the rest, and with --strict exits 1 after writing', async () => {
    const { src, out } = await library();
    const result = run('--src', src, '--out', out, '--strict');
    expect(result.stderr.trim().split('\n')).toEqual([
      'panduan/dalam.md:10: Markdown bertingkat terlalu dalam untuk diolah (misalnya ribuan tanda ">" atau daftar bertumpuk); isinya ditampilkan sebagai teks biasa',
    ]);
    expect(result.stdout).toMatch(/2 dokumen disusun, (0 paket bawaan, )?1 masalah/);
    expect(result.status).toBe(1);
    const written = JSON.parse(await readFile(path.join(out, 'library.json'), 'utf8')) as { documents: { id: string }[] };
    expect(written.documents.map((d) => d.id).sort()).toEqual(['baik', 'dalam']);
    const good = JSON.parse(await readFile(path.join(out, 'documents', 'baik.json'), 'utf8')) as { html: string };
    expect(good.html).toContain('<h2 id="langkah">Langkah</h2>');
    const deep = JSON.parse(await readFile(path.join(out, 'documents', 'dalam.json'), 'utf8')) as { html: string };
    expect(deep.html).toContain('<p class="plain-text">Penutup kata-unik-dalam.</p>');
  });

  it('exits 0 without --strict, with the same report', async () => {
    const { src, out } = await library();
    const result = run('--src', src, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('panduan/dalam.md:10: Markdown bertingkat terlalu dalam');
  });
});
