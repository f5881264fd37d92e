import { describe, expect, it } from 'vitest';
import { activeVerb, ber, keAn, passiveVerb, peN, peNan, perAn, reduplicate, ter } from '../../../build/corpus/morphology';
import { generateCorpus, iterateCorpus, planCorpus, type CorpusFile } from '../../../build/corpus/generateCorpus';
import { compileDocument, compileSources } from '../../../core/content/compileDocument';
import { SECTORS } from '../../../core/content/schema';
import type { LibraryDocument } from '../../../core/content/types';

const WIKI_LINK = /\[\[([^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|[^\]\n]*)?\]\]/g;

function compileAll(files: CorpusFile[]): LibraryDocument[] {
  return files.map(({ path, text }) => {
    const result = compileDocument(path, text);
    if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
    return result.document;
  });
}

describe('generateCorpus: determinism', () => {
  it('gives identical output for the same seed', () => {
    expect(generateCorpus({ docs: 60, seed: 42 })).toEqual(generateCorpus({ docs: 60, seed: 42 }));
  });

  it('gives different output for a different seed', () => {
    const a = generateCorpus({ docs: 60, seed: 42 });
    const b = generateCorpus({ docs: 60, seed: 43 });
    expect(a.map((f) => f.text).join('\n')).not.toBe(b.map((f) => f.text).join('\n'));
    expect(a.map((f) => f.path)).not.toEqual(b.map((f) => f.path));
  });

  it('streams the same documents it returns in bulk', () => {
    const streamed = Array.from(iterateCorpus({ docs: 40, seed: 9 }), ({ path, text }) => ({ path, text }));
    expect(streamed).toEqual(generateCorpus({ docs: 40, seed: 9 }));
  });

  it('rejects a non-positive document count', () => {
    expect(() => planCorpus({ docs: 0 })).toThrow();
  });
});

describe('generateCorpus: 300 documents compile cleanly', () => {
  const files = generateCorpus({ docs: 300, seed: 42 });
  const documents = compileAll(files);
  const ids = new Set(documents.map((d) => d.meta.id));

  it('compiles every file on its own with zero problems', () => {
    expect(documents).toHaveLength(300);
  });

  it('compiles as a library with zero problems, links included', () => {
    const { documents: compiled, problems } = compileSources(
      files.map(({ path, text }) => ({ file: path, text })),
      () => true,
    );
    expect(problems).toEqual([]);
    expect(compiled).toHaveLength(300);
  });

  it('has unique ids, file names equal to ids, in the library folders', () => {
    expect(ids.size).toBe(300);
    for (const [i, file] of files.entries()) {
      const meta = documents[i]!.meta;
      expect(file.path).toBe(`${({ practice: 'praktik', guide: 'panduan', seminar: 'seminar', glossary: 'glosarium' } as Record<string, string>)[meta.type]}/${meta.id}.md`);
    }
  });

  it('links only to documents that exist', () => {
    let links = 0;
    for (const { text } of files) {
      for (const match of text.matchAll(WIKI_LINK)) {
        links++;
        expect(ids.has(match[1]!.trim()), `[[${match[1]}]]`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(300);
    const glossary = documents.find((d) => d.meta.type === 'glossary')!;
    if (glossary.meta.type !== 'glossary') throw new Error('unreachable');
    for (const term of glossary.meta.terms) for (const id of term.related) expect(ids.has(id), id).toBe(true);
  });

  it('mixes types like the real library: mostly practice, one glossary, all illustrative', () => {
    const count = (type: string) => documents.filter((d) => d.meta.type === type).length;
    expect(count('glossary')).toBe(1);
    expect(documents.find((d) => d.meta.type === 'glossary')!.meta.id).toBe('glosarium');
    expect(count('practice')).toBeGreaterThanOrEqual(240);
    expect(count('guide')).toBeGreaterThanOrEqual(20);
    expect(count('seminar')).toBeGreaterThanOrEqual(10);
    expect(documents.every((d) => d.meta.illustrative)).toBe(true);
  });

  it('writes decks with slides and speaker notes, guides with checklists, and some tables', () => {
    const decks = files.filter((f) => f.text.includes('\npresentable: true\n'));
    expect(decks.length).toBeGreaterThan(0);
    for (const deck of decks) {
      expect(deck.text).toMatch(/\n\n---\n\n## /);
      expect(deck.text).toContain('\nNote:\n');
    }
    for (const guide of files.filter((f) => f.path.startsWith('panduan/'))) expect(guide.text).toMatch(/^- \[[ x]\] /m);
    expect(files.filter((f) => /^\| --- \|/m.test(f.text)).length).toBeGreaterThan(30);
    expect(files.filter((f) => /^### /m.test(f.text)).length).toBeGreaterThan(100);
  });
});

describe('generateCorpus: size and language', () => {
  const files = generateCorpus({ docs: 600, seed: 7 });
  const sizes = files.map((f) => Buffer.byteLength(f.text));

  it('keeps sizes between about 1 KB and 40 KB with a mean of 6–10 KB', () => {
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(41_000);
    expect(mean).toBeGreaterThanOrEqual(6 * 1024);
    expect(mean).toBeLessThanOrEqual(10 * 1024);
    expect(sizes.filter((s) => s > 20_000).length).toBeGreaterThan(5);
  });

  it('reads like Indonesian: inflected forms, domain terms, reduplication', () => {
    const words = files.map((f) => f.text).join('\n').toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
    const distinct = (pattern: RegExp) => new Set(words.filter((w) => pattern.test(w))).size;
    expect(distinct(/^(peng|pem|pen|peny|pe)[a-z]{3,}an$/)).toBeGreaterThan(30);
    expect(distinct(/^di[a-z]{3,}(kan|i)?$/)).toBeGreaterThan(30);
    expect(distinct(/^me(ng|m|n|ny)?[a-z]{3,}(kan|i)?$/)).toBeGreaterThan(30);
    expect(distinct(/^ke[a-z]{3,}an$/)).toBeGreaterThan(10);
    expect(distinct(/^(ber|ter)[a-z]{3,}$/)).toBeGreaterThan(10);
    expect(words.filter((w) => /^([a-z]+)-\1$/.test(w)).length).toBeGreaterThan(20);
    const set = new Set(words);
    for (const term of ['pelayanan', 'pengaduan', 'perizinan', 'kependudukan', 'inovasi', 'replikasi', 'pentahelix', 'opd', 'kipp', 'jipp']) {
      expect(set.has(term), term).toBe(true);
    }
    expect(words.join(' ')).not.toMatch(/lorem|ipsum/);
  });

  it('spreads over many sectors and provinces', () => {
    const documents = compileAll(files);
    const sectors = new Set<string>();
    const provinces = new Set<string>();
    for (const { meta } of documents) {
      if (meta.type !== 'practice') continue;
      sectors.add(meta.sector);
      provinces.add(meta.region.province);
    }
    expect(sectors.size).toBeGreaterThanOrEqual(8);
    expect([...sectors].every((s) => (SECTORS as readonly string[]).includes(s))).toBe(true);
    expect(provinces.size).toBeGreaterThanOrEqual(20);
  });
});

describe('morphology', () => {
  it('applies Indonesian affix rules', () => {
    expect(['kelola', 'pantau', 'tata', 'susun', 'bangun', 'ukur', 'cek', 'layan', 'perbaik'].map((r) => activeVerb(r))).toEqual([
      'mengelola', 'memantau', 'menata', 'menyusun', 'membangun', 'mengukur', 'mengecek', 'melayan', 'memperbaik',
    ]);
    expect(activeVerb('layan', 'i')).toBe('melayani');
    expect(activeVerb('proses')).toBe('memproses');
    expect(passiveVerb('siap', 'kan')).toBe('disiapkan');
    expect(['layan', 'adu', 'kelola', 'sederhana', 'tingkat', 'rekam'].map(peNan)).toEqual([
      'pelayanan', 'pengaduan', 'pengelolaan', 'penyederhanaan', 'peningkatan', 'perekaman',
    ]);
    expect(peN('damping')).toBe('pendamping');
    expect(['izin', 'rencana', 'ubah'].map(perAn)).toEqual(['perizinan', 'perencanaan', 'perubahan']);
    expect(keAn('penduduk')).toBe('kependudukan');
    expect([ber('kerja'), ber('ajar'), ber('mitra'), ter('padu'), ter('rekam')]).toEqual(['bekerja', 'belajar', 'bermitra', 'terpadu', 'terekam']);
    expect(reduplicate('inovasi')).toBe('inovasi-inovasi');
  });
});
