import { describe, expect, it } from 'vitest';
import type { RecentDocument } from '../../../core/api';
import { SECTORS } from '../../../core/content/schema';
import type { DocumentSummary } from '../../../core/content/types';
import { browseLibrary, createBrowseIndex } from '../../../renderer/src/library/browse/browseIndex';
import {
  FACET_KEYS,
  SORT_KEYS,
  applyFilters,
  computeFacets,
  emptyFilters,
  sortDocuments,
  type BrowseFilters,
  type BrowseState,
} from '../../../renderer/src/library/browse/facets';
import { queryWords } from '../../../renderer/src/library/browse/textQuery';

/** A small deterministic generator, so a failure names a reproducible library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PROVINCES = ['Aceh', 'Jawa Barat', 'Maluku', 'Papua', 'Bali'];
const WORDS = ['posyandu', 'sampah', 'sekolah', 'antrean', 'desa', 'Ékspres', 'bansos'];
const SOURCES = [undefined, 'folder-a', 'folder-b'];

function library(seed: number, size: number): DocumentSummary[] {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, i): DocumentSummary => {
    const source = pick(SOURCES);
    const common = {
      id: source ? `${source}~d${i}` : `d${i}`,
      // Repeated titles on purpose: ties must break the same way on both paths.
      title: `${pick(WORDS)} ${pick(['Layanan', 'layanan', 'Program', 'Ábaca'])} ${Math.floor(next() * 20)}`,
      summary: `Ringkasan tentang ${pick(WORDS)} di ${pick(PROVINCES)}.`,
      tags: [pick(['kesehatan', 'pendidikan', 'digital'])],
      lang: 'id' as const,
      updated: `202${Math.floor(next() * 5)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      illustrative: next() < 0.5,
      ...(source ? { source } : {}),
    };
    const type = pick(['practice', 'practice', 'practice', 'guide', 'seminar', 'glossary'] as const);
    if (type === 'practice') {
      return {
        ...common,
        type,
        agency: `Dinas ${pick(WORDS)}`,
        region: { province: pick(PROVINCES) },
        year: 2015 + Math.floor(next() * 10),
        sector: pick(SECTORS.slice(0, 5)),
        status: pick(['berlanjut', 'vakum'] as const),
        sdgs: [...new Set([1 + Math.floor(next() * 17), 1 + Math.floor(next() * 17)])],
      };
    }
    if (type === 'seminar') return { ...common, type, presentable: next() < 0.5 };
    if (type === 'glossary') return { ...common, type, terms: [] };
    return { ...common, type };
  });
}

function randomState(next: () => number, docs: DocumentSummary[]): BrowseState {
  const filters: BrowseFilters = emptyFilters();
  const all = computeFacets(docs, emptyFilters());
  for (const key of FACET_KEYS) {
    if (next() < 0.55) continue;
    const values = all.find((f) => f.key === key)!.values.map((v) => v.value);
    const chosen = values.filter(() => next() < 0.4);
    if (next() < 0.1) chosen.push(key === 'province' ? 'Provinsi Tak Ada' : key === 'source' ? 'folder-z' : values[0] ?? 'x');
    filters[key] = [...new Set(chosen)];
  }
  const query = next() < 0.4 ? [WORDS[Math.floor(next() * WORDS.length)]!.toUpperCase(), next() < 0.5 ? 'di' : ''].join(' ') : '';
  return { filters, sort: SORT_KEYS[Math.floor(next() * SORT_KEYS.length)]!, query };
}

describe('browseLibrary (the indexed path) agrees with the reference rules', () => {
  const docs = library(7, 400);
  const index = createBrowseIndex(docs);
  const recent: RecentDocument[] = [
    { id: docs[5]!.id, openedAt: '2024-05-03T10:00:00.000Z' },
    { id: docs[17]!.id, openedAt: '2024-05-04T10:00:00.000Z' },
    { id: 'gone', openedAt: '2024-05-05T10:00:00.000Z' },
  ];

  it('on 100 random combinations of facets, words and sorts: same results in the same order, same counts', () => {
    const next = random(99);
    let nonEmpty = 0;
    for (let round = 0; round < 100; round++) {
      const state = randomState(next, docs);
      const fast = browseLibrary(index, state, recent);
      const expected = sortDocuments(applyFilters(docs, state.filters, state.query), state.sort, recent);
      expect(fast.results.map((d) => d.id), JSON.stringify(state)).toEqual(expected.map((d) => d.id));
      expect(fast.facets, JSON.stringify(state)).toEqual(computeFacets(docs, state.filters, state.query));
      if (fast.results.length > 0) nonEmpty++;
    }
    expect(nonEmpty, 'the combinations exercise non-empty results too').toBeGreaterThan(20);
  });

  it('counts documents per source, the bundled library as "bawaan"', () => {
    const { facets } = browseLibrary(index, { filters: emptyFilters(), sort: 'title', query: '' });
    const source = facets.find((f) => f.key === 'source')!;
    const expected = { bawaan: 0, 'folder-a': 0, 'folder-b': 0 } as Record<string, number>;
    for (const doc of docs) expected[doc.source ?? 'bawaan']!++;
    expect(Object.fromEntries(source.values.map((v) => [v.value, v.count]))).toEqual(expected);
    expect(source.values[0]!.value, 'the bundled library is listed first').toBe('bawaan');
  });

  it('narrows by words, ignoring case and accents, every word required', () => {
    const state = { filters: emptyFilters(), sort: 'title' as const, query: 'EKSPRES' };
    const { results } = browseLibrary(index, state);
    expect(results.length).toBeGreaterThan(0);
    for (const doc of results) expect(`${doc.title} ${doc.summary} ${doc.type === 'practice' ? doc.agency : ''}`.toLowerCase()).toMatch(/ékspres/);
    const both = browseLibrary(index, { ...state, query: 'ekspres bali' }).results;
    expect(both.length).toBeLessThan(results.length);
    expect(both.every((doc) => results.includes(doc))).toBe(true);
  });

  it('sorts by last updated, newest first', () => {
    const { results } = browseLibrary(index, { filters: emptyFilters(), sort: 'updated', query: '' });
    const dates = results.map((d) => d.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('queryWords', () => {
  it('splits on anything that is not a letter or digit, folds case and accents', () => {
    expect(queryWords('  Posyandu,  JAWA-barat  Ékspres ')).toEqual(['posyandu', 'jawa', 'barat', 'ekspres']);
    expect(queryWords('   ')).toEqual([]);
  });
});
