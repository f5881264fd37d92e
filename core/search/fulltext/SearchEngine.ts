/**
 * Answers queries from the serialized index (never re-indexes). Multi-word queries need every word
 * somewhere in the document; when no document has them all, any word will do and the answer says
 * so. A word of five letters or more that finds nothing is tried with one letter changed, and the
 * correction is offered as "did you mean". The last word can match as a prefix while typing.
 */
import lunr from 'lunr';
import type { DocumentType } from '../../content/schema';
import { analyzeQueryWords, foldDiacritics, stemIndonesian, tokenizeIndonesian } from '../indonesian';
import type {
  DocumentHit, FacetCount, ParsedQuery, QuickOpenItem, SearchOptions, SearchResponse, SearchSource,
} from '../types';
import { SEARCH_INDEX_VERSION, type SerializedSearchIndex, type StoredDocument, type StoredSection } from './buildSearchIndex';
import { hasFilters, normaliseValue, parseQuery } from './queryParser';
import { makeSnippet } from './snippets';
import { closestWord, wordsWithPrefix, type VocabularyEntry } from './vocabulary';

interface WordGroup {
  raw: string;
  terms: string[];
  wildcard: string[];
}

/** What one query word matched: document number → lunr score. */
type GroupMatches = Map<number, number>;

const PHRASE_CHECK_LIMIT = 300;
const STEM_CACHE_LIMIT = 5000;

const emptyFacets = (): SearchResponse['facets'] => ({ type: [], sector: [], province: [], year: [], status: [] });

export class SearchEngine {
  private readonly sources: SearchSource[] = [];
  private readonly titleWords: string[][];
  private readonly headingWords: string[][];
  /** Each document's sections are stored contiguously: [first, end). */
  private readonly sectionRange: [number, number][];
  private readonly stemCache = new Map<number, string[]>();
  /** Alphabetical position of each title (Indonesian collation), computed once for tie-breaks. */
  private readonly titleRank: number[];
  /** stem → the indexed words that have it, to find a query's words in text without re-stemming. */
  private readonly surfacesByStem = new Map<string, string[]>();
  private readonly foldedCache = new Map<number, string>();

  private constructor(
    private readonly index: lunr.Index,
    private readonly documents: StoredDocument[],
    private readonly sections: StoredSection[],
    private readonly vocabulary: VocabularyEntry[],
  ) {
    const words = (text: string) => tokenizeIndonesian(text);
    this.titleWords = documents.map((d) => words(d[1]));
    this.headingWords = sections.map((s) => words(s[2]));
    this.titleRank = new Array<number>(documents.length);
    documents
      .map((d, i) => ({ title: d[1], i }))
      .sort((a, b) => a.title.localeCompare(b.title, 'id'))
      .forEach(({ i }, rank) => (this.titleRank[i] = rank));
    for (const [word, stem] of vocabulary) {
      const list = this.surfacesByStem.get(stem);
      if (list) list.push(word);
      else this.surfacesByStem.set(stem, [word]);
    }
    this.sectionRange = documents.map(() => [0, 0]);
    sections.forEach((s, ref) => {
      const range = this.sectionRange[s[0]]!;
      if (range[1] === 0) range[0] = ref;
      range[1] = ref + 1;
    });
  }

  /** A section's words as stems, tokenized once and kept for the next query. */
  private sectionStems(ref: number): string[] {
    let stems = this.stemCache.get(ref);
    if (!stems) {
      if (this.stemCache.size >= STEM_CACHE_LIMIT) this.stemCache.clear();
      stems = tokenizeIndonesian(this.sections[ref]![3]).map(stemIndonesian);
      this.stemCache.set(ref, stems);
    }
    return stems;
  }

  private sectionRefs(doc: number): number[] {
    const [first, end] = this.sectionRange[doc]!;
    return Array.from({ length: end - first }, (_, i) => first + i);
  }

  private foldedText(ref: number): string {
    let text = this.foldedCache.get(ref);
    if (text === undefined) {
      if (this.foldedCache.size >= STEM_CACHE_LIMIT) this.foldedCache.clear();
      text = foldDiacritics(this.sections[ref]![3].toLowerCase());
      this.foldedCache.set(ref, text);
    }
    return text;
  }

  /** One pattern per query word: every indexed spelling of its stems, as whole words. */
  private wordPatterns(termSets: Set<string>[]): RegExp[] {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return termSets.map((set) => {
      const forms = new Set<string>();
      for (const stem of set) {
        forms.add(stem);
        for (const word of this.surfacesByStem.get(stem) ?? []) forms.add(word);
      }
      const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escape).join('|');
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives || '\\u0000'})(?![\\p{L}\\p{N}])`, 'gu');
    });
  }

  /** A hit's sections, best first: how many of the query's words each holds, then how often. */
  private rankSections(doc: number, patterns: RegExp[]): number[] {
    const scored = this.sectionRefs(doc).map((ref) => {
      const text = this.foldedText(ref);
      const heading = foldDiacritics(this.sections[ref]![2].toLowerCase());
      let score = 0;
      for (const pattern of patterns) {
        const hits = text.match(pattern)?.length ?? 0;
        if (hits > 0) score += 10 + Math.min(hits, 10);
        pattern.lastIndex = 0;
        if (pattern.test(heading)) score += 5;
        pattern.lastIndex = 0;
      }
      return { ref, score };
    });
    const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.ref - b.ref);
    return ranked.length ? ranked.map((s) => s.ref) : this.sectionRefs(doc).slice(0, 1);
  }

  static load(serialized: SerializedSearchIndex): SearchEngine {
    if (!serialized || serialized.version !== SEARCH_INDEX_VERSION) throw new Error('search index version not supported');
    return new SearchEngine(lunr.Index.load(serialized.lunr), serialized.documents, serialized.sections, serialized.vocabulary);
  }

  /** The seam: another source (notes, added folders) answers the same parsed query; see mergeSearchResults. */
  addSource(source: SearchSource): void {
    this.sources.push(source);
  }

  private groups(query: ParsedQuery, prefixLast: boolean): WordGroup[] {
    const tokens = tokenizeIndonesian(query.words.join(' '));
    const analysed = analyzeQueryWords(tokens);
    const groups = new Map<number, WordGroup>();
    for (const entry of analysed) {
      const group = groups.get(entry.word) ?? { raw: tokens[entry.word] ?? entry.term, terms: [], wildcard: [] };
      group.terms.push(entry.term);
      groups.set(entry.word, group);
    }
    const list = [...groups.values()];
    const last = list[list.length - 1];
    if (prefixLast && last && last.raw.length >= 3) {
      for (const [, stem] of wordsWithPrefix(this.vocabulary, last.raw, 12)) if (!last.terms.includes(stem) && !last.wildcard.includes(stem)) last.wildcard.push(stem);
    }
    return list;
  }

  private runGroup(terms: string[]): GroupMatches {
    const matches: GroupMatches = new Map();
    if (terms.length === 0) return matches;
    for (const result of this.index.query((q) => {
      for (const term of terms) q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
    })) {
      matches.set(Number(result.ref), result.score);
    }
    return matches;
  }

  /**
   * One lunr query for all the words, split back per word through lunr's match data: a query of
   * three words costs one pass over the index, not three.
   */
  private matchGroups(groups: WordGroup[]): GroupMatches[] {
    const termSets = groups.map((g) => new Set([...g.terms, ...g.wildcard]));
    const perGroup: GroupMatches[] = groups.map(() => new Map());
    const all = [...new Set(termSets.flatMap((set) => [...set]))];
    if (all.length === 0) return perGroup;
    const results = this.index.query((q) => {
      for (const term of all) q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
    });
    for (const result of results) {
      const matchedTerms = Object.keys(result.matchData.metadata);
      const doc = Number(result.ref);
      termSets.forEach((set, i) => {
        if (matchedTerms.some((term) => set.has(term))) perGroup[i]!.set(doc, result.score);
      });
    }
    return perGroup;
  }

  private docsOf(matches: GroupMatches): Set<number> {
    return new Set(matches.keys());
  }

  private matchesFilters(doc: StoredDocument, query: ParsedQuery): boolean {
    const { sector, region, year, type, status } = query.filters;
    if (type?.length && !type.includes(doc[2] as DocumentType)) return false;
    if (sector?.length && !sector.includes(doc[5])) return false;
    if (status?.length && !status.includes(doc[9] as 'berlanjut' | 'vakum')) return false;
    if (year?.length && !year.includes(doc[8])) return false;
    if (region?.length) {
      const places = [normaliseValue(doc[6]), normaliseValue(doc[7])];
      if (!region.some((r) => places.some((p) => p === r || p.endsWith(` ${r}`) || p.includes(r)))) return false;
    }
    return true;
  }

  private hasPhrase(sectionRef: number, phrase: string[], surface: string): boolean {
    const raw = this.sections[sectionRef]![3];
    // Fast path: the phrase as typed; otherwise compare stems, so "bank-bank sampah" still counts.
    if (foldDiacritics(raw.toLowerCase()).includes(surface)) return true;
    const text = this.sectionStems(sectionRef);
    outer: for (let i = 0; i + phrase.length <= text.length; i++) {
      for (let j = 0; j < phrase.length; j++) if (text[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  }

  search(text: string, options: SearchOptions = {}): SearchResponse {
    const started = Date.now();
    const query = parseQuery(text);
    const limit = options.limit ?? 20;
    const phraseWords = query.phrases
      .map((p) => ({ stems: tokenizeIndonesian(p).map(stemIndonesian), surface: foldDiacritics(p.toLowerCase()).replace(/\s+/g, ' ') }))
      .filter((p) => p.stems.length);
    const groups = this.groups({ ...query, words: [...query.words, ...query.phrases] }, options.prefixLastWord ?? false);
    const corrections = new Map<string, string>();

    const perGroup = this.matchGroups(groups);
    groups.forEach((group, i) => {
      const found = perGroup[i]!;
      if (found.size > 0 || group.raw.length < 5) return;
      const near = closestWord(this.vocabulary, group.raw);
      if (!near) return;
      corrections.set(group.raw, near[0]);
      group.terms.push(near[1]);
      perGroup[i] = this.runGroup([near[1]]);
    });

    const groupDocs = perGroup.map((matches) => this.docsOf(matches));
    let mode: SearchResponse['mode'] = 'all';
    let candidates: Set<number>;
    if (groups.length === 0) {
      candidates = hasFilters(query.filters) ? new Set(this.documents.map((_, i) => i)) : new Set();
    } else {
      candidates = new Set([...groupDocs[0]!].filter((d) => groupDocs.every((set) => set.has(d))));
      if (candidates.size === 0 && groups.length > 1 && phraseWords.length === 0) {
        mode = 'any';
        candidates = new Set(groupDocs.flatMap((set) => [...set]));
      }
    }

    const documentScore = new Map<number, number>();
    for (const matches of perGroup) for (const [doc, score] of matches) documentScore.set(doc, (documentScore.get(doc) ?? 0) + score);
    const ranked = [...candidates]
      .filter((doc) => this.matchesFilters(this.documents[doc]!, query))
      .map((doc) => ({ doc, score: documentScore.get(doc) ?? 0 }))
      .sort((a, b) => b.score - a.score || this.titleRank[a.doc]! - this.titleRank[b.doc]!);

    let matched = ranked;
    if (phraseWords.length) {
      // Checking every section of a very common phrase's words would be slow; the best are enough.
      let checks = 0;
      matched = ranked.filter(({ doc }) =>
        this.sectionRefs(doc).some((ref) => checks++ < PHRASE_CHECK_LIMIT && phraseWords.every((p) => this.hasPhrase(ref, p.stems, p.surface))),
      );
    }

    const termSets = groups.map((g) => new Set([...g.terms, ...g.wildcard]));
    const stems = new Set(groups.flatMap((g) => [...g.terms, ...g.wildcard]));
    const patterns = this.wordPatterns(termSets);
    const hits = matched.slice(0, limit).map(({ doc, score }) => this.toHit(doc, score, this.rankSections(doc, patterns), stems));
    const fromSources = this.sources.flatMap((source) => source.search(query, options));
    const merged = mergeSearchResults(hits, fromSources, limit);
    const didYouMean = corrections.size
      ? text.replace(/\S+/g, (word) => corrections.get(foldDiacritics(word.toLowerCase())) ?? word)
      : undefined;
    return {
      query, mode, total: matched.length + fromSources.length, hits: merged, facets: this.facets(matched.map((m) => m.doc)),
      didYouMean, highlightStems: [...stems].slice(0, 40), elapsedMs: Date.now() - started,
    };
  }

  private toHit(doc: number, score: number, refs: number[], stems: ReadonlySet<string>): DocumentHit {
    const d = this.documents[doc]!;
    return {
      source: 'library', id: d[0], title: d[1], type: d[2] as DocumentType, summary: d[3], illustrative: d[4] === 1,
      ...(d[5] ? { sector: d[5], province: d[6], regency: d[7] || undefined, year: d[8], status: d[9] as 'berlanjut' | 'vakum' } : {}),
      score,
      sections: refs.slice(0, 3).map((ref) => {
        const s = this.sections[ref]!;
        return { slug: s[1], heading: s[2], score: 0, snippet: makeSnippet(s[3], stems) };
      }),
    };
  }

  private facets(docs: number[]): SearchResponse['facets'] {
    const counters = { type: new Map<string, number>(), sector: new Map(), province: new Map(), year: new Map(), status: new Map() };
    const bump = (map: Map<string, number>, value: string) => value && map.set(value, (map.get(value) ?? 0) + 1);
    for (const doc of docs) {
      const d = this.documents[doc]!;
      bump(counters.type, d[2]);
      bump(counters.sector, d[5]);
      bump(counters.province, d[6]);
      bump(counters.year, d[8] ? String(d[8]) : '');
      bump(counters.status, d[9]);
    }
    const list = (map: Map<string, number>): FacetCount[] =>
      [...map].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'id'));
    const facets = emptyFacets();
    for (const key of Object.keys(facets) as (keyof SearchResponse['facets'])[]) facets[key] = list(counters[key]);
    return facets;
  }

  /** Ctrl+K: titles whose words start with every typed word, then section headings. */
  quickOpen(text: string, limit = 8): QuickOpenItem[] {
    const words = tokenizeIndonesian(text);
    if (words.length === 0) return [];
    const score = (target: string[]) => {
      let total = 0;
      for (const w of words) {
        const at = target.findIndex((t) => t.startsWith(w));
        if (at === -1) return -1;
        total += (target[at] === w ? 2 : 1) + 1 / (at + 1);
      }
      return total;
    };
    const items: QuickOpenItem[] = [];
    this.titleWords.forEach((title, i) => {
      const s = score(title);
      const d = this.documents[i]!;
      if (s >= 0) items.push({ kind: 'document', id: d[0], title: d[1], type: d[2] as DocumentType, score: 100 + s });
    });
    if (items.length < limit) {
      this.headingWords.forEach((heading, ref) => {
        if (items.length >= limit * 4) return;
        const s = score(heading);
        if (s < 0) return;
        const section = this.sections[ref]!;
        const d = this.documents[section[0]]!;
        items.push({ kind: 'section', id: d[0], title: d[1], heading: section[2], slug: section[1], type: d[2] as DocumentType, score: s });
      });
    }
    return items.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'id')).slice(0, limit);
  }
}

/**
 * The merge point of the seam: hits from every source in one list, best first. Sources score on
 * lunr's scale (roughly 0–20 for a good match); a source whose scores run differently should
 * normalise them before returning.
 */
export function mergeSearchResults(library: DocumentHit[], others: DocumentHit[], limit: number): DocumentHit[] {
  if (others.length === 0) return library;
  return [...library, ...others].sort((a, b) => b.score - a.score).slice(0, limit);
}
