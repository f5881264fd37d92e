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

/** What one query word matched: sections by number, and documents through their title, tags or metadata. */
interface GroupMatches {
  sections: Map<number, number>;
  documents: Map<number, number>;
}

const PHRASE_CHECK_LIMIT = 300;

const emptyFacets = (): SearchResponse['facets'] => ({ type: [], sector: [], province: [], year: [], status: [] });

export class SearchEngine {
  private readonly sources: SearchSource[] = [];
  private readonly titleWords: string[][];
  private readonly headingWords: string[][];

  private constructor(
    private readonly index: lunr.Index,
    private readonly documents: StoredDocument[],
    private readonly sections: StoredSection[],
    private readonly vocabulary: VocabularyEntry[],
  ) {
    const words = (text: string) => tokenizeIndonesian(text);
    this.titleWords = documents.map((d) => words(d[1]));
    this.headingWords = sections.map((s) => words(s[2]));
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
    const matches: GroupMatches = { sections: new Map(), documents: new Map() };
    if (terms.length === 0) return matches;
    for (const result of this.index.query((q) => {
      for (const term of terms) q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
    })) {
      if (result.ref.startsWith('d')) matches.documents.set(Number(result.ref.slice(1)), result.score);
      else matches.sections.set(Number(result.ref), result.score);
    }
    return matches;
  }

  /**
   * One lunr query for all the words, split back per word through lunr's match data: a query of
   * three words costs one pass over the index, not three.
   */
  private matchGroups(groups: WordGroup[]): GroupMatches[] {
    const termSets = groups.map((g) => new Set([...g.terms, ...g.wildcard]));
    const perGroup: GroupMatches[] = groups.map(() => ({ sections: new Map(), documents: new Map() }));
    const all = [...new Set(termSets.flatMap((set) => [...set]))];
    if (all.length === 0) return perGroup;
    const results = this.index.query((q) => {
      for (const term of all) q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
    });
    for (const result of results) {
      const matchedTerms = Object.keys(result.matchData.metadata);
      const isDocument = result.ref.startsWith('d');
      const key = Number(isDocument ? result.ref.slice(1) : result.ref);
      termSets.forEach((set, i) => {
        if (!matchedTerms.some((term) => set.has(term))) return;
        (isDocument ? perGroup[i]!.documents : perGroup[i]!.sections).set(key, result.score);
      });
    }
    return perGroup;
  }

  private docsOf(matches: GroupMatches): Set<number> {
    const docs = new Set(matches.documents.keys());
    for (const ref of matches.sections.keys()) docs.add(this.sections[ref]![0]);
    return docs;
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
    const text = tokenizeIndonesian(raw).map(stemIndonesian);
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
      if (found.sections.size > 0 || found.documents.size > 0 || group.raw.length < 5) return;
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

    // Section scores summed over the query's words; documents ranked by their best sections.
    const sectionScore = new Map<number, number>();
    const documentScore = new Map<number, number>();
    for (const { sections, documents } of perGroup) {
      for (const [ref, score] of sections) sectionScore.set(ref, (sectionScore.get(ref) ?? 0) + score);
      for (const [doc, score] of documents) documentScore.set(doc, (documentScore.get(doc) ?? 0) + score);
    }
    const byDoc = new Map<number, number[]>();
    for (const ref of sectionScore.keys()) {
      const doc = this.sections[ref]![0];
      if (!candidates.has(doc)) continue;
      const list = byDoc.get(doc);
      if (list) list.push(ref);
      else byDoc.set(doc, [ref]);
    }

    const matched: { doc: number; score: number; refs: number[] }[] = [];
    let phraseChecks = 0;
    for (const doc of candidates) {
      if (!this.matchesFilters(this.documents[doc]!, query)) continue;
      let refs = (byDoc.get(doc) ?? []).sort((a, b) => sectionScore.get(b)! - sectionScore.get(a)!);
      if (phraseWords.length) {
        // Checking every section of a very common phrase's words would be slow; the best are enough.
        refs = refs.filter((ref) => phraseChecks++ < PHRASE_CHECK_LIMIT && phraseWords.every((p) => this.hasPhrase(ref, p.stems, p.surface)));
        if (refs.length === 0) continue;
      }
      const best = refs.slice(0, 3).reduce((sum, ref, i) => sum + sectionScore.get(ref)! / (i + 1), documentScore.get(doc) ?? 0);
      matched.push({ doc, score: best, refs });
    }
    matched.sort((a, b) => b.score - a.score || this.documents[a.doc]![1].localeCompare(this.documents[b.doc]![1], 'id'));

    const stems = new Set(groups.flatMap((g) => [...g.terms, ...g.wildcard]));
    const hits = matched.slice(0, limit).map(({ doc, score, refs }) => this.toHit(doc, score, refs.length ? refs : this.firstSection(doc), stems));
    const merged = mergeSearchResults(hits, this.sources.flatMap((source) => source.search(query, options)), limit);
    const didYouMean = corrections.size
      ? text.replace(/\S+/g, (word) => corrections.get(foldDiacritics(word.toLowerCase())) ?? word)
      : undefined;
    return {
      query, mode, total: matched.length, hits: merged, facets: this.facets(matched.map((m) => m.doc)),
      didYouMean, highlightStems: [...stems].slice(0, 40), elapsedMs: Date.now() - started,
    };
  }

  private firstSection(doc: number): number[] {
    const ref = this.sections.findIndex((s) => s[0] === doc);
    return ref === -1 ? [] : [ref];
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
