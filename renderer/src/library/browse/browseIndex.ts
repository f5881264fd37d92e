/**
 * Browsing at 30,000 documents: everything that does not depend on the user's choices (each
 * document's facet values, its folded text, the title/updated/year orders, every facet's values
 * in display order) is worked out once per library; a filter, sort or word change is then one
 * pass over the documents that yields the results in order and every facet's counts together.
 *
 * Same rules as facets.ts (values OR within a facet, AND across facets, a facet's counts ignore
 * its own choice); tests hold the two to the same answers.
 */
import type { RecentDocument } from '../../../../core/api';
import type { DocumentSummary } from '../../../../core/content/types';
import {
  FACET_KEYS,
  compareTitles,
  documentYear,
  facetValues,
  orderValues,
  type BrowseState,
  type Facet,
  type FacetKey,
  type SortKey,
} from './facets';
import { cardText, queryWords, textMatches } from './textQuery';

export interface BrowseIndex<D extends DocumentSummary> {
  docs: readonly D[];
  /** values[f][i]: document i's values for facet FACET_KEYS[f]. */
  values: string[][][];
  text: string[];
  /** Every value the library has, per facet, in display order. */
  universe: string[][];
  orders: Map<Exclude<SortKey, 'recent'>, Int32Array>;
}

export interface BrowseResult<D extends DocumentSummary> {
  results: D[];
  facets: Facet[];
}

export function createBrowseIndex<D extends DocumentSummary>(docs: readonly D[]): BrowseIndex<D> {
  const values = FACET_KEYS.map((key) => docs.map((doc) => facetValues(doc, key)));
  const universe = FACET_KEYS.map((_key, f) => {
    const seen = new Set<string>();
    for (const list of values[f]!) for (const value of list) seen.add(value);
    return orderValues(FACET_KEYS[f]!, [...seen]);
  });
  return { docs, values, text: docs.map(cardText), universe, orders: new Map() };
}

function orderOf<D extends DocumentSummary>(index: BrowseIndex<D>, sort: Exclude<SortKey, 'recent'>): Int32Array {
  const cached = index.orders.get(sort);
  if (cached) return cached;
  const { docs } = index;
  const order = Int32Array.from(docs.keys());
  const byTitle = (a: number, b: number) => compareTitles(docs[a]!, docs[b]!);
  if (sort === 'title') {
    order.sort(byTitle);
  } else {
    // Both start from the title order, so ties fall back to titles without comparing them again.
    const title = orderOf(index, 'title');
    const rank = new Int32Array(docs.length);
    title.forEach((doc, position) => (rank[doc] = position));
    if (sort === 'updated') {
      order.sort((a, b) => {
        const ua = docs[a]!.updated;
        const ub = docs[b]!.updated;
        return ua < ub ? 1 : ua > ub ? -1 : rank[a]! - rank[b]!;
      });
    } else {
      const years = docs.map((doc) => documentYear(doc) ?? 0); // no year: after every year
      order.sort((a, b) => years[b]! - years[a]! || rank[a]! - rank[b]!);
    }
  }
  index.orders.set(sort, order);
  return order;
}

/** Most recently opened first (ties: the host's order), then everything else by title. */
function recentOrder<D extends DocumentSummary>(index: BrowseIndex<D>, recent: readonly RecentDocument[]): Int32Array {
  const position = new Map<string, number>();
  index.docs.forEach((doc, i) => position.set(doc.id, i));
  const opened: { doc: number; time: number; rank: number }[] = [];
  const seen = new Set<number>();
  recent.forEach((entry, rank) => {
    const doc = position.get(entry.id);
    if (doc === undefined || seen.has(doc)) return;
    seen.add(doc);
    const time = Date.parse(entry.openedAt);
    opened.push({ doc, time: Number.isNaN(time) ? -Infinity : time, rank });
  });
  opened.sort((a, b) => b.time - a.time || a.rank - b.rank);
  const order = new Int32Array(index.docs.length);
  let at = 0;
  for (const { doc } of opened) order[at++] = doc;
  for (const doc of orderOf(index, 'title')) if (!seen.has(doc)) order[at++] = doc;
  return order;
}

export function browseLibrary<D extends DocumentSummary>(
  index: BrowseIndex<D>,
  state: BrowseState,
  recent: readonly RecentDocument[] = [],
): BrowseResult<D> {
  const { docs, values } = index;
  const words = queryWords(state.query);
  const active: number[] = [];
  const selected = FACET_KEYS.map((key, f) => {
    const chosen = state.filters[key];
    if (chosen.length > 0) active.push(f);
    return new Set(chosen);
  });
  const counts = FACET_KEYS.map(() => new Map<string, number>());
  const applicable = FACET_KEYS.map(() => false);
  const shown = new Uint8Array(docs.length);

  const countFacet = (f: number, i: number) => {
    const list = values[f]![i]!;
    if (list.length === 0) return;
    applicable[f] = true;
    const map = counts[f]!;
    for (const value of list) map.set(value, (map.get(value) ?? 0) + 1);
  };

  for (let i = 0; i < docs.length; i++) {
    if (words.length > 0 && !textMatches(index.text[i]!, words)) continue;
    let failures = 0;
    let failed = -1;
    for (const f of active) {
      const list = values[f]![i]!;
      const wanted = selected[f]!;
      let hit = false;
      for (const value of list) if (wanted.has(value)) hit = true;
      if (!hit && ++failures > 1) break;
      if (!hit) failed = f;
    }
    if (failures === 0) {
      shown[i] = 1;
      for (let f = 0; f < FACET_KEYS.length; f++) countFacet(f, i);
    } else if (failures === 1) {
      // Left out only by this facet's own choice: it still counts towards that facet.
      countFacet(failed, i);
    }
  }

  const order = state.sort === 'recent' ? recentOrder(index, recent) : orderOf(index, state.sort);
  const results: D[] = [];
  for (const i of order) if (shown[i]) results.push(docs[i]!);

  const facets: Facet[] = FACET_KEYS.map((key: FacetKey, f) => {
    const chosen = state.filters[key];
    const all = index.universe[f]!;
    const missing = chosen.filter((value) => !all.includes(value));
    const ordered = missing.length > 0 ? orderValues(key, [...all, ...missing]) : all;
    return {
      key,
      applicable: applicable[f]!,
      values: ordered.map((value) => ({ value, count: counts[f]!.get(value) ?? 0, selected: selected[f]!.has(value) })),
    };
  });
  return { results, facets };
}
