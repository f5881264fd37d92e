/**
 * Open and closed compounds (tanda tangan / ditandatangani): the committed list matches what the
 * word list shows, and both forms meet at index and at query time.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeIndonesian, analyzeQueryWords, tokenizeIndonesian } from '../../../core/search/indonesian';
import { COMPOUND_LIST } from '../../../core/search/indonesian/data/compounds';
import { compoundWordList, findCompounds } from '../../support/findCompounds';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function groupsOf(query: string): string[][] {
  const groups = new Map<number, string[]>();
  for (const t of analyzeQueryWords(tokenizeIndonesian(query))) {
    if (t.kind === 'synonym') continue;
    groups.set(t.word, [...(groups.get(t.word) ?? []), t.term]);
  }
  return [...groups.values()];
}

/** Whether every query group has a term the text's index terms hold ("all words"). */
function holdsAllWords(text: string, query: string): boolean {
  const indexed = new Set(analyzeIndonesian(text));
  return groupsOf(query).every((terms) => terms.some((t) => indexed.has(t)));
}

describe('compounds', () => {
  it('lists every compound the word list shows (found, not written by hand)', async () => {
    const found = findCompounds(await compoundWordList(repoRoot));
    const listed = new Set(COMPOUND_LIST.map((c) => c.join(' ')));
    const missing = found.filter((c) => !listed.has(c.join(' ')));
    expect(missing.map((c) => `['${c.join("', '")}'],`)).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('finds a compound only when a confix wraps it, not any word that splits in two', () => {
    const found = findCompounds(['ditandatangani', 'tanda', 'tangan', 'pesantren', 'pesan', 'tren', 'minimal', 'mini', 'mal']);
    expect(found).toEqual([['tandatangan', 'tanda', 'tangan']]);
  });

  it.each([
    ['Kontrak ditandatangani kedua pihak.', 'tanda tangan kontrak'],
    ['Kontrak sudah diberi tanda tangan basah.', 'penandatanganan kontrak'],
    ['Aset diserahterimakan dengan berita acara.', 'serah terima aset'],
    ['Berita acara serah terima aset.', 'diserahterimakan'],
    ['Provinsi mengambil alih pengelolaan SMA.', 'pengambilalihan pengelolaan'],
    ['Pengambilalihan pengelolaan oleh provinsi.', 'ambil alih'],
    ['Desa menjalin kerja sama dengan desa lain.', 'kerjasama desa'],
    ['Desa bekerjasama dengan desa lain.', 'kerja sama desa'],
    ['Laporan harus ditindaklanjuti.', 'tindak lanjut laporan'],
    ['Tindak lanjut laporan dalam lima hari.', 'ditindaklanjuti'],
    ['Pejabat bertanggung jawab atas layanan.', 'pertanggungjawaban layanan'],
  ])('“%s” holds every word of “%s”', (text, query) => {
    expect(holdsAllWords(text, query)).toBe(true);
  });

  it('reads "kerja sama" as one concept, never as loose "kerja"', () => {
    expect(groupsOf('kerja sama')).toEqual([['kerjasama']]);
    expect(holdsAllWords('Pelatihan kerja bagi pemuda.', 'kerja sama')).toBe(false);
  });

  it('does not join two words that merely stand side by side', () => {
    expect(analyzeIndonesian('tanda bahaya di tangan warga')).not.toContain('tandatangan');
  });
});
