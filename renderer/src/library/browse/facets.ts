/**
 * The library browser's pure logic: which documents match the chosen filters, how many documents
 * each facet value would leave, how the results are sorted, and how all of it lives in the URL.
 * No DOM, no React: unit tests run it in Node.
 *
 * Faceted search in the usual sense: values within one facet are alternatives (OR), different
 * facets narrow each other (AND), and a facet's counts take every OTHER facet's filters into
 * account, so the user can still switch between values of the facet they are using.
 */
import type { RecentDocument } from '../../../../core/api';
import { DOCUMENT_TYPES, SECTORS } from '../../../../core/content/schema';
import type { DocumentSummary } from '../../../../core/content/types';
import { BUNDLED_SOURCE_ID, SOURCE_ID_PATTERN } from '../../../../core/sources/documentKey';
import { matchesWords, queryWords } from './textQuery';

export const FACET_KEYS = ['type', 'source', 'sector', 'province', 'year', 'status', 'sdg'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Facets whose field exists only on practice profiles. */
export const PRACTICE_ONLY_FACETS: readonly FacetKey[] = ['sector', 'province', 'year', 'status', 'sdg'];

export const SORT_KEYS = ['title', 'updated', 'year', 'recent'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'title';

/** Selected values per facet; every value is a string, as in the URL. */
export type BrowseFilters = Record<FacetKey, string[]>;

export interface BrowseState {
  filters: BrowseFilters;
  sort: SortKey;
  /** Words typed in Jelajahi's own search box; every word must occur in the card's text. */
  query: string;
}

/** Query-string names, in Indonesian like the routes (`#/jelajah?jenis=practice&urut=tahun`). */
export const PARAM_NAMES: Record<FacetKey, string> = {
  type: 'jenis',
  source: 'sumber',
  sector: 'sektor',
  province: 'provinsi',
  year: 'tahun',
  status: 'status',
  sdg: 'sdg',
};
export const SORT_PARAM = 'urut';
export const QUERY_PARAM = 'q';
const SORT_PARAM_VALUES: Record<SortKey, string> = { title: 'judul', updated: 'diperbarui', year: 'tahun', recent: 'terakhir-dibaca' };
const MAX_QUERY_LENGTH = 200;

const STATUSES = ['berlanjut', 'vakum'] as const;
const MAX_VALUES_PER_FACET = 50;
const MAX_VALUE_LENGTH = 120;

export function emptyFilters(): BrowseFilters {
  return { type: [], source: [], sector: [], province: [], year: [], status: [], sdg: [] };
}

export function hasActiveFilters(filters: BrowseFilters): boolean {
  return FACET_KEYS.some((key) => filters[key].length > 0);
}

export function activeFilterCount(filters: BrowseFilters): number {
  return FACET_KEYS.reduce((sum, key) => sum + filters[key].length, 0);
}

/** The values a document has for a facet; none when the facet does not apply to its type. */
export function facetValues(doc: DocumentSummary, key: FacetKey): string[] {
  if (key === 'type') return [doc.type];
  if (key === 'source') return [doc.source ?? BUNDLED_SOURCE_ID];
  if (doc.type !== 'practice') return [];
  switch (key) {
    case 'sector':
      return [doc.sector];
    case 'province':
      return [doc.region.province];
    case 'year':
      return [String(doc.year)];
    case 'status':
      return [doc.status];
    case 'sdg':
      return [...new Set(doc.sdgs.map(String))];
  }
}

function matchesFacet(doc: DocumentSummary, key: FacetKey, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return facetValues(doc, key).some((value) => selected.includes(value));
}

function matchesAllExcept(doc: DocumentSummary, filters: BrowseFilters, except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => key === except || matchesFacet(doc, key, filters[key]));
}

/**
 * The straightforward reading of the rules, kept as the reference the indexed path
 * (browseIndex.ts) is tested against; `query` narrows like a facet nobody can untick.
 */
export function applyFilters<D extends DocumentSummary>(docs: readonly D[], filters: BrowseFilters, query = ''): D[] {
  const words = queryWords(query);
  return docs.filter((doc) => matchesAllExcept(doc, filters) && matchesWords(doc, words));
}

export interface FacetValueCount {
  value: string;
  /** Documents that would be shown with this value ticked, given every other facet's filters. */
  count: number;
  selected: boolean;
}

export interface Facet {
  key: FacetKey;
  /** Every value the library has for this facet (plus any selected value it lacks), in display order. */
  values: FacetValueCount[];
  /**
   * False when none of the documents left by the other facets' filters has this field at all,
   * e.g. the sector facet while only guides are chosen: the UI says so instead of showing zeros.
   */
  applicable: boolean;
}

const titleCollator = new Intl.Collator('id');
const valueCollator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export function orderValues(key: FacetKey, values: string[]): string[] {
  const fixed = (order: readonly string[]) => {
    const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
    return [...values].sort((a, b) => rank(a) - rank(b) || valueCollator.compare(a, b));
  };
  switch (key) {
    case 'type':
      return fixed(DOCUMENT_TYPES);
    case 'status':
      return fixed(STATUSES);
    case 'sector':
      // The UI re-sorts sectors by their translated label; this is a stable fallback.
      return fixed(SECTORS);
    case 'year':
      return [...values].sort((a, b) => Number(b) - Number(a));
    case 'sdg':
      return [...values].sort((a, b) => Number(a) - Number(b));
    case 'province':
      return [...values].sort((a, b) => valueCollator.compare(a, b));
    case 'source':
      // The bundled library first; the UI re-sorts the rest by their names.
      return [...values].sort((a, b) => Number(b === BUNDLED_SOURCE_ID) - Number(a === BUNDLED_SOURCE_ID) || valueCollator.compare(a, b));
  }
}


export function computeFacets(docs: readonly DocumentSummary[], filters: BrowseFilters, query = ''): Facet[] {
  const words = queryWords(query);
  return FACET_KEYS.map((key) => {
    const universe = new Set<string>(filters[key]);
    for (const doc of docs) for (const value of facetValues(doc, key)) universe.add(value);

    const counts = new Map<string, number>();
    let applicable = false;
    for (const doc of docs) {
      if (!matchesAllExcept(doc, filters, key) || !matchesWords(doc, words)) continue;
      const values = facetValues(doc, key);
      if (values.length > 0) applicable = true;
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }

    return {
      key,
      applicable,
      values: orderValues(key, [...universe]).map((value) => ({
        value,
        count: counts.get(value) ?? 0,
        selected: filters[key].includes(value),
      })),
    };
  });
}

/** Ticks or unticks one value; returns new filters and leaves the argument untouched. */
export function toggleFilter(filters: BrowseFilters, key: FacetKey, value: string): BrowseFilters {
  const current = filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [key]: next };
}

export function compareTitles(a: DocumentSummary, b: DocumentSummary): number {
  return titleCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function documentYear(doc: DocumentSummary): number | undefined {
  return doc.type === 'practice' ? doc.year : undefined;
}

/**
 * title: A–Z with Indonesian collation. year: newest first, documents without a year last (by
 * title). recent: most recently opened first, never-opened documents after them (by title).
 */
export function sortDocuments<D extends DocumentSummary>(
  docs: readonly D[],
  sort: SortKey,
  recent: readonly RecentDocument[] = [],
): D[] {
  const sorted = [...docs];
  if (sort === 'updated') {
    sorted.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : compareTitles(a, b)));
  } else if (sort === 'year') {
    sorted.sort((a, b) => {
      const ya = documentYear(a);
      const yb = documentYear(b);
      if (ya !== undefined && yb !== undefined && ya !== yb) return yb - ya;
      if (ya === undefined && yb !== undefined) return 1;
      if (ya !== undefined && yb === undefined) return -1;
      return compareTitles(a, b);
    });
  } else if (sort === 'recent') {
    // The host lists the most recent first; the list order breaks ties between equal timestamps.
    const opened = new Map<string, { time: number; rank: number }>();
    recent.forEach((entry, rank) => {
      if (opened.has(entry.id)) return;
      const time = Date.parse(entry.openedAt);
      opened.set(entry.id, { time: Number.isNaN(time) ? -Infinity : time, rank });
    });
    sorted.sort((a, b) => {
      const ra = opened.get(a.id);
      const rb = opened.get(b.id);
      if (ra && rb) return rb.time - ra.time || ra.rank - rb.rank;
      if (ra) return -1;
      if (rb) return 1;
      return compareTitles(a, b);
    });
  } else {
    sorted.sort(compareTitles);
  }
  return sorted;
}

function isValidValue(key: FacetKey, value: string): boolean {
  switch (key) {
    case 'type':
      return (DOCUMENT_TYPES as readonly string[]).includes(value);
    case 'sector':
      return (SECTORS as readonly string[]).includes(value);
    case 'status':
      return (STATUSES as readonly string[]).includes(value);
    case 'year':
      return /^\d{4}$/.test(value);
    case 'sdg':
      return /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 17;
    case 'province':
      return value.length > 0 && value.length <= MAX_VALUE_LENGTH;
    case 'source':
      return new RegExp(`^${SOURCE_ID_PATTERN}$`).test(value);
  }
}

function normaliseValue(key: FacetKey, value: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return key === 'sdg' ? String(Number(trimmed)) : trimmed;
}

/** Reads the state from a query string, dropping anything unknown or malformed. */
export function parseFilters(params: URLSearchParams): BrowseState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(PARAM_NAMES[key])) {
      const value = normaliseValue(key, raw);
      if (isValidValue(key, value) && !seen.has(value) && seen.size < MAX_VALUES_PER_FACET) seen.add(value);
    }
    filters[key] = [...seen];
  }
  const sortParam = params.get(SORT_PARAM);
  const sort = SORT_KEYS.find((key) => SORT_PARAM_VALUES[key] === sortParam) ?? DEFAULT_SORT;
  const query = (params.get(QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return { filters, sort, query };
}

/**
 * Writes the state as a query string: facets in a fixed order, values in display order, and no
 * `urut` for the default sort, so one state always has one URL.
 */
export function serializeFilters(state: BrowseState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) {
    for (const value of orderValues(key, [...new Set(state.filters[key])])) params.append(PARAM_NAMES[key], value);
  }
  if (state.sort !== DEFAULT_SORT) params.set(SORT_PARAM, SORT_PARAM_VALUES[state.sort]);
  const query = state.query.replace(/\s+/g, ' ').trim();
  if (query) params.set(QUERY_PARAM, query.slice(0, MAX_QUERY_LENGTH));
  return params;
}
