/**
 * One search over every library source: the bundled library's engine and one engine per folder
 * segment answer the same query, and the answer is one list, best first, as if they were one
 * index.
 *
 * - Scores compare: every engine ranks with the collection's statistics (entries and document
 *   frequencies summed over all engines), so a document in a folder scores as it would in the
 *   bundled library against the same competitors.
 * - "All words" is decided across all: if any engine has documents with every word, only such
 *   documents are shown; only when none has, any word will do.
 * - Paging: each engine ranks its best `offset + limit` without reading texts; the merged page is
 *   the only part made into hits (passages read), so page 40 costs what page 1 does plus ranking.
 * - Totals and facet counts add up; a `source` facet counts matches per source id. Documents a
 *   segment lists as hidden are never counted or shown (SearchEngine.setHidden).
 * - Other sources (the user's notes) still plug in through SearchSource and merge by score.
 */
import type { DocumentHit, SearchOptions, SearchResponse, SearchSource } from '../types';
import { didYouMean, type CollectionStats, type EngineRanking, type RankedDocument, type SearchEngine } from './SearchEngine';
import { emptyFacets, sourceFacet, sumFacets } from './facets';
import { parseQuery } from './queryParser';

/** One loaded index: the bundled library, or one segment of a folder source. */
export interface SearchPart {
  /** Unique among the parts, e.g. `bawaan` or `folder-3f9a/seg-0`. */
  key: string;
  engine: SearchEngine;
}

interface Ranked {
  engine: SearchEngine;
  ranking: EngineRanking;
}

export class MultiSourceSearch {
  private parts: SearchPart[] = [];
  private readonly others: SearchSource[] = [];

  constructor(parts: SearchPart[] = []) {
    this.setParts(parts);
  }

  /** Replaces the loaded indexes (the worker calls this when segments load, change or go). */
  setParts(parts: SearchPart[]): void {
    this.parts = [...parts];
  }

  get partKeys(): string[] {
    return this.parts.map((p) => p.key);
  }

  /** Another kind of source (the user's notes): answers every query, merged by score. */
  addSource(source: SearchSource): void {
    this.others.push(source);
  }

  /** Quick open over every part, titles first (each part's own order, best parts' first items first). */
  quickOpen(text: string, limit = 8): ReturnType<SearchEngine['quickOpen']> {
    return this.parts
      .flatMap((p) => p.engine.quickOpen(text, limit))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private stats(): CollectionStats | undefined {
    if (this.parts.length < 2) return undefined;
    const entries = this.parts.reduce((n, p) => n + p.engine.entryCount, 0);
    const known = new Map<string, number>();
    return {
      entries,
      documentFrequency: (stem) => {
        let n = known.get(stem);
        if (n === undefined) known.set(stem, (n = this.parts.reduce((sum, p) => sum + p.engine.documentFrequency(stem), 0)));
        return n;
      },
    };
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const started = Date.now();
    const limit = options.limit ?? 20;
    const offset = Math.max(0, options.offset ?? 0);
    const stats = this.stats();
    const rankings: Ranked[] = [];
    for (const { engine } of this.parts) rankings.push({ engine, ranking: await engine.rank(text, options, stats) });
    const first = rankings[0]?.ranking;
    if (!first) return { ...emptyAnswer(text), elapsedMs: Date.now() - started };

    // Engines fall back to "any word" only when they hold no document with every word.
    const allWords = rankings.filter((r) => r.ranking.mode === 'all' && r.ranking.matched.length > 0);
    const anyWords = rankings.filter((r) => r.ranking.mode === 'any');
    const mode: SearchResponse['mode'] = allWords.length === 0 && anyWords.length > 0 ? 'any' : 'all';
    const used = rankings.filter((r) => r.ranking.mode === mode);

    const order: { from: Ranked; entry: RankedDocument; at: number }[] = [];
    used.forEach((from, part) => from.ranking.top.forEach((entry, at) => order.push({ from, entry, at: at * 1024 + part })));
    // Best first; ties keep each engine's own order (title order), interleaved by position.
    order.sort((a, b) => b.entry.score - a.entry.score || a.at - b.at);
    const wanted = order.slice(0, offset + limit);

    // Other sources' hits are made already; they join the order by score (the engines' first on
    // ties), and only the engines' documents on the requested page are made into hits.
    const fromOthers = this.others.flatMap((source) => source.search(first.query, options));
    type Slot = { score: number; engine?: (typeof wanted)[number]; other?: DocumentHit };
    const slots: Slot[] = [...wanted.map((w) => ({ score: w.entry.score, engine: w })), ...fromOthers.map((hit) => ({ score: hit.score, other: hit }))];
    if (fromOthers.length) slots.sort((a, b) => b.score - a.score);
    const page = slots.slice(offset, offset + limit);
    const perEngine = new Map<Ranked, RankedDocument[]>();
    for (const { engine } of page) if (engine) perEngine.set(engine.from, [...(perEngine.get(engine.from) ?? []), engine.entry]);
    const made = new Map<Ranked, Map<number, DocumentHit>>();
    for (const [from, entries] of perEngine) {
      const hits = await from.engine.hits(from.ranking, entries);
      made.set(from, new Map(hits.map((hit, i) => [entries[i]!.doc, hit])));
    }
    const hits = page.map((slot) => slot.other ?? made.get(slot.engine!.from)!.get(slot.engine!.entry.doc)!);

    const perSource = new Map<string, number>();
    for (const { engine, ranking } of used) perSource.set(engine.sourceId, (perSource.get(engine.sourceId) ?? 0) + ranking.matched.length);
    const corrections = new Map<string, string>();
    for (const { ranking } of rankings) for (const [typed, read] of ranking.corrections) if (!corrections.has(typed)) corrections.set(typed, read);
    const stems = [...new Set(rankings.flatMap((r) => r.ranking.stems))].slice(0, 40);
    return {
      query: first.query,
      mode,
      total: used.reduce((n, r) => n + r.ranking.matched.length, 0) + fromOthers.length,
      ...(used.some((r) => r.ranking.atLeast) ? { totalIsLowerBound: true } : {}),
      hits,
      facets: { ...sumFacets(used.map((r) => r.engine.facetCounts(r.ranking.matched))), source: sourceFacet(perSource) },
      didYouMean: didYouMean(text, corrections),
      ...(first.plan.alsoSearched.length ? { alsoSearched: first.plan.alsoSearched } : {}),
      highlightStems: stems,
      elapsedMs: Date.now() - started,
    };
  }
}

function emptyAnswer(text: string): Omit<SearchResponse, 'elapsedMs'> {
  return {
    query: parseQuery(text),
    mode: 'all',
    total: 0,
    hits: [],
    facets: { ...emptyFacets(), source: [] },
    highlightStems: [],
  };
}
