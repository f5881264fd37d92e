/**
 * Issue #12, "what a newcomer hit": search holds what a reader sees (no internal ids), a quoted
 * phrase is matched as written, and a deck's speaker notes are searchable only when asked for and
 * then labelled, never mixed into a slide's passage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../core/content/compileDocument';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildSearchIndex, SearchEngine } from '../../../core/search/fulltext';
import type { SearchableDocument } from '../../../core/search/types';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const file = (name: string) => ({ file: name, text: readFileSync(path.join(repoRoot, name), 'utf8') });
const text = (hit: { sections: { snippet: { text: string }[] }[] }) => hit.sections.map((s) => s.snippet.map((p) => p.text).join('')).join(' | ');

describe('search holds what a reader sees', () => {
  const meta = (id: string, title: string) =>
    `---\nid: ${id}\ntype: guide\ntitle: "${title}"\nsummary: "Ringkasan ${title}."\ntags: [uji]\nlang: id\nupdated: 2026-12-01\nsources: []\nillustrative: false\n---\n`;
  // "zonasi" is only in the linked document's id, which no reader ever sees.
  const { documents, problems } = compileSources(
    [
      { file: 'panduan/panduan-kios-zonasi.md', text: `${meta('panduan-kios-zonasi', 'Kios Layanan Terpadu')}\n## Isi\n\nKios melayani warga.\n` },
      { file: 'panduan/panduan-rujukan.md', text: `${meta('panduan-rujukan', 'Panduan Rujukan')}\n## Bacaan\n\nLihat [[panduan-kios-zonasi]] dan [[panduan-kios-zonasi#isi|kios di kecamatan]].\n` },
    ],
    () => true,
  );

  it('indexes a wiki link as the linked title or label the reader sees, never the id it points at', () => {
    expect(problems).toEqual([]);
    const rujukan = documents.find((d) => d.meta.id === 'panduan-rujukan')!;
    expect(rujukan.sections[0]!.text).toBe('Lihat Kios Layanan Terpadu dan kios di kecamatan.');
  });

  it('finds nothing through a word that is only in a document id, and shows no id in a passage', async () => {
    const engine = SearchEngine.fromBuilt(buildSearchIndex(documents));
    expect((await engine.search('zonasi')).total).toBe(0);
    const hit = (await engine.search('kios terpadu')).hits.find((h) => h.id === 'panduan-rujukan')!;
    expect(text(hit)).toContain('Kios Layanan Terpadu');
    expect(text(hit)).not.toContain('panduan-kios');
  });
});

const base = { lang: 'id' as const, updated: '2026-11-28', sources: [], illustrative: false, tags: [] as string[] };
function guide(id: string, title: string, body: string): SearchableDocument {
  const meta: DocumentMeta = { ...base, id, title, summary: `Ringkasan ${title}.`, type: 'guide' };
  return { meta, sections: [{ slug: 'isi', heading: 'Isi', depth: 2, text: body }] };
}

describe('a quoted phrase is matched as written', () => {
  const engine = SearchEngine.fromBuilt(
    buildSearchIndex([
      guide('tepat', 'Standar Mutu', 'Standar layanan publik ditetapkan setiap tahun.'),
      guide('awalan', 'Mutu Kantor', 'Kantor ini memperbaiki pelayanan publik di kecamatan.'),
      guide('ulang', 'Bank Warga', 'Bank-bank sampah desa bertambah.'),
    ]),
  );

  it('does not match other forms of the words, which a free query still finds', async () => {
    expect((await engine.search('"layanan publik"')).hits.map((h) => h.id)).toEqual(['tepat']);
    expect((await engine.search('"pelayanan publik"')).hits.map((h) => h.id)).toEqual(['awalan']);
    expect((await engine.search('layanan publik')).hits.map((h) => h.id).sort()).toEqual(['awalan', 'tepat']);
  });

  it('still reads a repeated word as written once ("bank-bank sampah" holds "bank sampah")', async () => {
    expect((await engine.search('"bank sampah"')).hits.map((h) => h.id)).toEqual(['ulang']);
  });
});

describe('speaker notes', () => {
  const deckFile = 'content/seminar/seminar-dek-pembinaan-inovasi.md';
  const { documents } = compileSources([file(deckFile)], () => true);
  const deck = documents[0]!;
  const engine = SearchEngine.fromBuilt(buildSearchIndex([deck]));
  // Words that occur in the deck's speaker notes only.
  const noteWords = 'pertanyaan pemantik';

  it('are compiled apart from the slide text, under the slide they belong to', () => {
    expect(deck.sections.map((s) => s.text).join(' ')).not.toMatch(/Sambut peserta/i);
    const notes = deck.speakerNotes ?? [];
    expect(notes.length).toBeGreaterThan(5);
    const slugs = new Set(deck.sections.map((s) => s.slug));
    for (const note of notes) expect(slugs.has(note.slug), note.slug).toBe(true);
    expect(notes.map((n) => n.text).join(' ')).toMatch(/Sambut peserta/i);
  });

  it('are not searched unless asked for', async () => {
    expect((await engine.search(noteWords)).total).toBe(0);
  });

  it('when asked for, are found and labelled, in a passage of their own', async () => {
    const response = await engine.search(noteWords, { speakerNotes: true });
    expect(response.hits.map((h) => h.id)).toEqual(['seminar-dek-pembinaan-inovasi']);
    const hit = response.hits[0]!;
    const fromNotes = hit.sections.filter((s) => s.speakerNotes);
    expect(fromNotes.length).toBeGreaterThan(0);
    expect(fromNotes[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain('pemantik');
    // A passage of slide text never carries note words.
    for (const section of hit.sections.filter((s) => !s.speakerNotes)) expect(text({ sections: [section] })).not.toMatch(/pemantik/i);
    expect(text(hit)).toMatch(/pemantik/i);
  });
});
