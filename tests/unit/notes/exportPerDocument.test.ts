/** "Satu berkas per dokumen": safe, unique file names and a zip whose files each stand alone. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import yauzl from 'yauzl';
import { safeFileStem, uniqueMarkdownNames } from '../../../core/notes/exportFileNames';
import { EXPORT_LABELS, exportNotesPerDocument } from '../../../core/notes/exportMarkdown';
import type { Highlight, Note } from '../../../core/notes/schema';
import { zipTextFiles } from '../../../electron/services/notes/zipTextFiles';

const labels = { ...EXPORT_LABELS.id, exportedAt: '' };
const day = { exportedOn: '2026-12-03' };

function highlight(id: string, docId: string, quote: string, tags: string[] = []): Highlight {
  return { id, docId, anchor: { quote, prefix: '', suffix: '', headingPath: ['Masalah'], offset: 0 }, colour: 'hijau', tags, detached: false, createdAt: 'x', updatedAt: 'x' };
}

function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
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

describe('file names for one file per document', () => {
  it('drops path and reserved characters but keeps Unicode letters', () => {
    expect(safeFileStem('Antrean/Daring: Puskesmas "A"?', 'x')).toBe('Antrean Daring Puskesmas A');
    expect(safeFileStem('..\\..\\rahasia', 'x')).toBe('rahasia');
    expect(safeFileStem('Café Ñusantara — ꦗꦮ', 'x')).toBe('Café Ñusantara — ꦗꦮ');
    expect(safeFileStem('CON', 'dok-con')).toBe('dok-con');
    expect(safeFileStem('   ...   ', 'dok-kosong')).toBe('dok-kosong');
    expect(safeFileStem('judul.\u0000', 'x')).toBe('judul');
    expect(safeFileStem('a'.repeat(300), 'x').length).toBeLessThanOrEqual(120);
  });

  it('makes every name unique, ignoring case, so no file overwrites another', () => {
    const names = uniqueMarkdownNames([
      { title: 'Mal Pelayanan Publik', fallback: 'a' },
      { title: 'mal pelayanan publik', fallback: 'b' },
      { title: 'Mal/Pelayanan Publik', fallback: 'c' },
      { title: 'Mal Pelayanan Publik', fallback: 'd' },
    ]);
    expect(names).toEqual(['Mal Pelayanan Publik.md', 'mal pelayanan publik (2).md', 'Mal Pelayanan Publik (3).md', 'Mal Pelayanan Publik (4).md']);
  });
});

describe('the per-document zip', () => {
  it('holds one Markdown file per document and one for free notes, each with front matter that parses back', async () => {
    const highlights = [highlight('h1', 'dok-a', 'antrean pagi', ['antrean']), highlight('h2', 'dok-b', 'tiga kanal', ['kanal']), highlight('h3', 'dok-c', 'sama judul')];
    const notes: Note[] = [
      { id: 'n1', target: { kind: 'highlight', docId: 'dok-a', highlightId: 'h1' }, body: 'Cocok untuk kami.', tags: ['rapat'], createdAt: 'x', updatedAt: 'x' },
      { id: 'n2', target: { kind: 'free' }, body: 'Catatan rapat pagi.', tags: [], createdAt: 'x', updatedAt: 'x' },
    ];
    const titles: Record<string, string> = { 'dok-a': 'Antrean: Daring', 'dok-b': 'Kanal Pendaftaran', 'dok-c': 'Kanal pendaftaran' };
    const files = exportNotesPerDocument({ highlights, notes }, (id) => ({ title: titles[id]! }), labels, day);
    const zip = await unzip(await zipTextFiles(files, new Date('2026-12-03T08:00:00Z')));
    expect([...zip.keys()].sort()).toEqual(['Antrean Daring.md', 'Catatan lepas.md', 'Kanal Pendaftaran (2).md', 'Kanal pendaftaran.md']);
    const front = (md: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]!) as Record<string, unknown>;
    expect(front(zip.get('Antrean Daring.md')!)).toMatchObject({ title: 'Antrean: Daring', reference: 'Pustaka Inovasi, dok-a', tags: ['antrean', 'rapat'], exported: '2026-12-03' });
    expect(zip.get('Antrean Daring.md')).toContain('> antrean pagi');
    expect(zip.get('Antrean Daring.md')).toContain('— Sorotan hijau');
    expect(zip.get('Antrean Daring.md')).not.toContain('tiga kanal');
    expect(front(zip.get('Catatan lepas.md')!)).toMatchObject({ title: 'Catatan lepas' });
    expect(zip.get('Catatan lepas.md')).toContain('Catatan rapat pagi.');
  });
});
