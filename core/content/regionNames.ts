/**
 * Real Indonesian region names, so that an illustrative (composite) document can be checked for
 * them: a composite set in a real kabupaten reads as a claim about that kabupaten's government.
 * Pure: the build reads the list file (build/content/regions/wilayah-indonesia.txt) and passes
 * its text here.
 *
 * List format, one region per line: "Provinsi X", "Kabupaten X" or "Kota X"; other spellings
 * after " | "; a "*" marks a name that is also a common word ("Kota Batu": batu = stone).
 * Matching is by whole words, case-insensitive. The prefixed form ("Kabupaten X", "Kab. X",
 * "Pemkab X", "Kota X", "Pemkot X", "Provinsi X", "Prov. X") always matches; the bare name
 * matches too unless it is marked "*", so "batu", "padang" or "malang" stay ordinary words.
 */

export type RegionKind = 'provinsi' | 'kabupaten' | 'kota';

export interface RegionEntry {
  /** As written in the list, e.g. "Kota Batu" (first spelling). */
  label: string;
  kind: RegionKind;
  /** Every spelling without its prefix, e.g. ["Sumatera Utara", "Sumatra Utara"]. */
  names: string[];
  /** Also a common word: only the prefixed form counts. */
  ambiguous: boolean;
}

export interface RegionMatcher {
  entries: RegionEntry[];
  /** The labels of the regions named in `text`, each once, with the offset of the first mention. */
  find(text: string): { label: string; index: number }[];
}

const KIND_BY_PREFIX: Record<string, RegionKind> = { provinsi: 'provinsi', kabupaten: 'kabupaten', kota: 'kota' };
const PREFIXES = ['provinsi', 'prov\\.', 'kabupaten', 'kab\\.', 'pemkab', 'kota', 'pemkot', 'pemprov'];
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

export function parseRegionList(text: string): RegionEntry[] {
  const entries: RegionEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^(Provinsi|Kabupaten|Kota)\s+(.+)$/.exec(line);
    if (!match) throw new Error(`baris ${index + 1} daftar wilayah tidak dikenali: ${line}`);
    const [, prefix = '', rest = ''] = match;
    const names = rest.replace(/\*/g, '').split('|').map((name) => name.trim()).filter(Boolean);
    entries.push({ label: `${prefix} ${names[0]}`, kind: KIND_BY_PREFIX[prefix.toLowerCase()]!, names, ambiguous: rest.includes('*') });
  });
  return entries;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export function createRegionMatcher(entries: RegionEntry[]): RegionMatcher {
  const labelsByName = new Map<string, { byKind: Partial<Record<RegionKind, string>>; any: string; bare?: string }>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const known = labelsByName.get(key(name)) ?? { byKind: {}, any: entry.label };
      known.byKind[entry.kind] ??= entry.label;
      if (!entry.ambiguous && known.bare === undefined) known.bare = entry.label;
      labelsByName.set(key(name), known);
    }
  }
  const kindOfPrefix = (prefix: string): RegionKind =>
    /^(kab|pemkab)/i.test(prefix) ? 'kabupaten' : /^(kota|pemkot)/i.test(prefix) ? 'kota' : 'provinsi';
  const alternation = (names: string[]) => names.sort((a, b) => b.length - a.length).map(escape).join('|');
  const all = [...labelsByName.keys()];
  const bare = all.filter((name) => labelsByName.get(name)?.bare !== undefined);
  const prefixed = new RegExp(`${WORD_BEFORE}(${PREFIXES.join('|')})\\s+(${alternation(all)})${WORD_AFTER}`, 'giu');
  const plain = new RegExp(`${WORD_BEFORE}(${alternation(bare)})${WORD_AFTER}`, 'giu');
  return {
    entries,
    find(text) {
      const found = new Map<string, number>();
      const note = (label: string | undefined, index: number) => {
        if (label === undefined) return;
        const first = found.get(label);
        if (first === undefined || index < first) found.set(label, index);
      };
      // A bare name inside "Kota X" is that same mention, not a second region.
      const covered: [number, number][] = [];
      for (const m of text.matchAll(prefixed)) {
        const known = labelsByName.get(key(m[2] ?? ''));
        note(known?.byKind[kindOfPrefix(m[1] ?? '')] ?? known?.any, m.index);
        covered.push([m.index, m.index + m[0].length]);
      }
      for (const m of text.matchAll(plain)) {
        if (covered.some(([start, end]) => m.index >= start && m.index < end)) continue;
        note(labelsByName.get(key(m[1] ?? ''))?.bare, m.index);
      }
      return [...found].map(([label, index]) => ({ label, index })).sort((a, b) => a.index - b.index);
    },
  };
}
