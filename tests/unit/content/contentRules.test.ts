/**
 * The library-wide rules of `build:content --strict`: composites name no real region and claim no
 * replication or award, tags come from content/tags.yml, an abbreviation is defined once in the
 * glossary, and the search's abbreviation table is the glossary's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedTableSource, TABLE_FILE } from '../../../build/content/generateAbbreviations';
import { compileLibrary, formatProblem, REGION_LIST_FILE } from '../../../build/content/compile';
import { createRegionMatcher, parseRegionList } from '../../../core/content/regionNames';
import { parseTagList } from '../../../core/content/tagList';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'rules');

describe('the list of real region names', async () => {
  const entries = parseRegionList(await readFile(REGION_LIST_FILE, 'utf8'));
  const matcher = createRegionMatcher(entries);
  const found = (text: string) => matcher.find(text).map((m) => m.label);

  it('holds the 38 provinces, 416 kabupaten and 98 kota', () => {
    expect(entries.filter((e) => e.kind === 'provinsi')).toHaveLength(38);
    expect(entries.filter((e) => e.kind === 'kabupaten')).toHaveLength(416);
    expect(entries.filter((e) => e.kind === 'kota')).toHaveLength(98);
  });

  it('finds distinctive names with or without "Kabupaten"/"Kota", in any case and either spelling', () => {
    expect(found('Dinas Kesehatan Kabupaten Sleman')).toEqual(['Kabupaten Sleman']);
    expect(found('petugas dari sleman')).toEqual(['Kabupaten Sleman']);
    expect(found('Pemkot Makassar dan Kab. Gowa')).toEqual(['Kota Makassar', 'Kabupaten Gowa']);
    expect(found('Provinsi Sumatra Selatan')).toEqual(['Provinsi Sumatera Selatan']);
    expect(found('Kota Bandung')).toEqual(['Kota Bandung']);
  });

  it('treats names that are also common words as regions only after "Kabupaten"/"Kota"', () => {
    expect(found('batu karang, padang rumput, medan berat, nasib malang, tanah datar')).toEqual([]);
    expect(found('Kota Batu dan Kabupaten Agam')).toEqual(['Kota Batu', 'Kabupaten Agam']);
    expect(found('kota padang')).toEqual(['Kota Padang']);
  });

  it('matches whole words only', () => {
    expect(found('Slemanan, Balikpapanku, Acehnese')).toEqual([]);
  });
});

describe('the rules on a library folder', async () => {
  const library = await compileLibrary(fixtures);
  const lines = library.problems.map(formatProblem);
  const about = (file: string) => lines.filter((line) => line.startsWith(`${file}:`));

  it('accepts a composite set in a clearly fictional place, common words and all', () => {
    expect(about('praktik/praktik-fiktif.md')).toEqual([]);
  });

  it('rejects a composite that names a real region, in any form', () => {
    expect(about('praktik/praktik-wilayah-nyata.md')).toEqual([
      'praktik/praktik-wilayah-nyata.md:19: dokumen ilustratif menyebut wilayah nyata: Kabupaten Sleman (pakai nama fiktif)',
    ]);
    expect(about('praktik/praktik-wilayah-polos.md').map((l) => l.replace(/^.*nyata: /, ''))).toEqual([
      'Kabupaten Sleman (pakai nama fiktif)',
      'Provinsi Sumatera Utara (pakai nama fiktif)',
    ]);
    expect(about('praktik/praktik-kata-umum-berawalan.md')).toHaveLength(2);
  });

  it('rejects replication and award claims on a composite, and tags outside the list', () => {
    const problems = about('praktik/praktik-replikasi-penghargaan.md').join('\n');
    expect(problems).toContain(':16: dokumen ilustratif tidak boleh memuat "award"');
    expect(problems).toContain(':17: dokumen ilustratif tidak boleh memuat "replicated_in"');
    expect(problems).toContain(':6: tag di luar daftar content/tags.yml: tag-karangan');
  });

  it('lets a real-world (non-illustrative) document name the real place it reports on', () => {
    expect(about('seminar/seminar-sesi-bali.md')).toEqual([]);
  });

  it('rejects an abbreviation defined twice in the glossary', () => {
    expect(about('glosarium/glosarium-uji.md')).toEqual([
      'glosarium/glosarium-uji.md:14: singkatan "disdukcapil" sudah ada pada istilah "Disdukcapil"',
    ]);
  });

  it('reports nothing else', () => {
    expect(lines).toHaveLength(9);
  });
});

describe('the controlled tag list', () => {
  it('reads tags with their descriptions and rejects a malformed tag', () => {
    const ok = parseTagList('tags:\n  pendidikan: "Sekolah dan literasi"\n');
    expect(ok.ok && [...ok.tags.keys()]).toEqual(['pendidikan']);
    expect(parseTagList('tags:\n  Pendidikan Dasar: "x y z"\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseTagList('tags:\n  pendidikan:\n')).toMatchObject({ ok: false });
  });

  it('is the bundled library\'s list, and every bundled document keeps to it', async () => {
    const bundled = await compileLibrary(path.resolve(import.meta.dirname, '../../../content'));
    expect(bundled.problems.filter((p) => p.message.startsWith('tag di luar'))).toEqual([]);
  });
});

describe('abbreviations: the glossary is the one source', () => {
  it('the search table is what the glossary defines (run `npm run gen:abbreviations` after editing it)', async () => {
    expect(await readFile(TABLE_FILE, 'utf8')).toBe(await expectedTableSource());
  });
});
