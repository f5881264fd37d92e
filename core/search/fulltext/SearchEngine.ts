/**
 * Answers queries from the built index (never re-indexes). Every section is scored on its own
 * (lunr's BM25 weights, see buildSearchIndex.ts); a document's score is its best section plus a
 * share of the others, and its best sections are what the hit shows. Multi-word queries need
 * every word somewhere in the document; when no document has them all, any word will do and the
 * answer says so. A word of five letters or more that finds nothing is tried with one letter
 * changed, offered as "did you mean". The last word can match as a prefix while typing.
 *
 * A query runs in two steps so several engines (the bundled library and each folder segment, see
 * MultiSourceSearch.ts) can answer it as one: `rank` scores and orders documents without reading
 * any text but phrase checks, `hits` turns the chosen page into hits with passages. Given the
 * collection's statistics, `rank` rescales each term's weight to the idf it has across every
 * engine, so a document scores the same whichever index it sits in.
 */
import type { DocumentType } from '../../content/schema';
import { BUNDLED_SOURCE_ID } from '../../sources/documentKey';
import { foldDiacritics, tokenizeIndonesian } from '../indonesian';
import type { DocumentHit, ParsedQuery, QuickOpenItem, SearchOptions, SearchResponse, SearchSource } from '../types';
import { SEARCH_INDEX_VERSION, SPEAKER_NOTES, SUMMARY_END, inverseDocumentFrequency, type BuiltSearchIndex, type SerializedSearchIndex, type StoredDocument } from './buildSearchIndex';
import { FacetCounter } from './facets';
import { PostingsTable } from './postingsTable';
import { hasFilters, normaliseValue, parseQuery } from './queryParser';
import { planQuery, termsToSearch, type QueryPlan } from './queryPlan';
import { QuickOpenIndex } from './quickOpen';
import { InMemorySectionTexts, type SectionTextSource } from './sectionTexts';
import { makeSnippet, snippetMatcher, type SnippetMatcher } from './snippets';
import { suggestSpelling } from './vocabulary';

/**
 * Phrase queries check the text of the best documents by their words, a batch at a time, until
 * the page is full (and one more shows there are more) or this many have been read.
 */
const PHRASE_DOCUMENTS = 400;
/** How much a document's other matching sections add to its best one. */
const OTHER_SECTIONS_SHARE = 0.3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface RankedSection {
  ref: number;
  score: number;
  mask: number;
}

/** Whether `pattern` (global) matches somewhere it starts a word. */
function startsWordMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index === 0 || !WORD_CHAR.test(text[m.index - 1]!)) return true;
  }
  return false;
}

/** What every engine answering one query shares, so their scores compare (see `rank`). */
export interface CollectionStats {
  /** Index entries (sections) over every engine. */
  entries: number;
  /** Entries holding the stem, over every engine. */
  documentFrequency(stem: string): number;
}

export interface RankedDocument {
  doc: number;
  score: number;
}

/** One engine's answer before any hit is made: what matched, in order, and how to show it. */
export interface EngineRanking {
  query: ParsedQuery;
  mode: SearchResponse['mode'];
  /** Every matching document (for the total and the facets); hidden ones are never here. */
  matched: number[];
  /** The best `offset + limit` of them (more for phrase queries), best first. */
  top: RankedDocument[];
  atLeast: boolean;
  /** Typed word → the indexed word it was read as. */
  corrections: Map<string, string>;
  stems: string[];
  /** @internal what `hits` needs */
  plan: QueryPlan;
  /** @internal */
  sectionsOf: Map<number, RankedSection[]>;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

export class SearchEngine {
  private readonly sources: SearchSource[] = [];
  private readonly quick: QuickOpenIndex;
  private readonly facets: FacetCounter;
  private readonly sectionDoc: Int32Array;
  private readonly firstSection: Int32Array;
  private readonly endSection: Int32Array;
  private readonly titleRank: Int32Array;
  /** 1 for a speaker-notes section: searched only when asked (SearchOptions.speakerNotes). */
  private readonly notesSection: Uint8Array;
  private readonly hasSpeakerNotes: boolean;
  /** 1 for a document that must never be shown (superseded or deleted in a folder segment). */
  private hidden: Uint8Array;
  private hiddenCount = 0;
  private surfacesByStem: Map<string, string[]> | null = null;
  // Scratch space reused by every query; reset before any await.
  private readonly sectionScore: Float64Array;
  private readonly sectionMask: Uint32Array;
  private readonly docMask: Uint32Array;
  private readonly docBest: Float64Array;
  private readonly docSum: Float64Array;
  private readonly touchedSections: Int32Array;
  private readonly touchedDocs: Int32Array;
  private touchedSectionCount = 0;
  private touchedDocCount = 0;

  private constructor(
    private readonly index: SerializedSearchIndex,
    private readonly postings: PostingsTable,
    private readonly texts: SectionTextSource,
    /** The source whose documents these are (hits carry it). */
    readonly sourceId: string,
  ) {
    const docs = index.documents.length;
    const sections = index.sections.length;
    this.quick = new QuickOpenIndex(index.documents, index.sections);
    this.facets = new FacetCounter(index.documents);
    this.sectionDoc = new Int32Array(sections);
    this.firstSection = new Int32Array(docs).fill(-1);
    this.endSection = new Int32Array(docs);
    this.notesSection = new Uint8Array(sections);
    let notes = false;
    index.sections.forEach(([doc, , , kind], ref) => {
      this.sectionDoc[ref] = doc;
      if (this.firstSection[doc] === -1) this.firstSection[doc] = ref;
      this.endSection[doc] = ref + 1;
      if (kind === SPEAKER_NOTES) {
        this.notesSection[ref] = 1;
        notes = true;
      }
    });
    this.hasSpeakerNotes = notes;
    this.hidden = new Uint8Array(docs);
    this.titleRank = new Int32Array(docs);
    index.titleOrder.forEach((doc, rank) => (this.titleRank[doc] = rank));
    this.sectionScore = new Float64Array(sections);
    this.sectionMask = new Uint32Array(sections);
    this.docMask = new Uint32Array(docs);
    this.docBest = new Float64Array(docs);
    this.docSum = new Float64Array(docs);
    this.touchedSections = new Int32Array(sections);
    this.touchedDocs = new Int32Array(docs);
  }

  static load(index: SerializedSearchIndex, postings: Uint8Array, texts: SectionTextSource, sourceId = BUNDLED_SOURCE_ID): SearchEngine {
    if (!index || index.version !== SEARCH_INDEX_VERSION) throw new Error('search index version not supported');
    const table = new PostingsTable(postings);
    if (table.termCount !== index.terms.length) throw new Error('search postings do not belong to this index');
    return new SearchEngine(index, table, texts, sourceId);
  }

  /** For Node callers that built the index in memory (CLI, tests, benchmarks). */
  static fromBuilt(built: BuiltSearchIndex, sourceId = BUNDLED_SOURCE_ID): SearchEngine {
    return SearchEngine.load(built.index, built.postings, new InMemorySectionTexts(built.texts), sourceId);
  }

  /** The seam: another source (notes, added folders) answers the same parsed query; see mergeSearchResults. */
  addSource(source: SearchSource): void {
    this.sources.push(source);
  }

  /** Documents (by key) that must never be counted or shown; replaces the previous list. */
  setHidden(keys: Iterable<string>): void {
    const wanted = new Set(keys);
    this.hidden = new Uint8Array(this.index.documents.length);
    this.hiddenCount = 0;
    this.index.documents.forEach((d, i) => {
      if (!wanted.has(d[0])) return;
      this.hidden[i] = 1;
      this.hiddenCount++;
    });
  }

  /** How many documents it holds that may be shown. */
  get documentCount(): number {
    return this.index.documents.length - this.hiddenCount;
  }

  /** Index entries (sections), for CollectionStats. */
  get entryCount(): number {
    return this.index.sections.length;
  }

  /** How many entries hold the stem, for CollectionStats. */
  documentFrequency(stem: string): number {
    const term = this.termNumber(stem);
    return term < 0 ? 0 : this.postings.postings(term).sections.length;
  }

  /** The document key of a document number. */
  keyOf(doc: number): string {
    return this.index.documents[doc]![0];
  }

  quickOpen(text: string, limit = 8): QuickOpenItem[] {
    const items = this.quick.find(text, limit + this.hiddenCount);
    return (this.hiddenCount ? items.filter((item) => !this.isHiddenKey(item.id)) : items).slice(0, limit);
  }

  private isHiddenKey(key: string): boolean {
    const doc = this.index.documents.findIndex((d) => d[0] === key);
    return doc >= 0 && this.hidden[doc] === 1;
  }

  private termNumber(stem: string): number {
    const terms = this.index.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < stem) lo = mid + 1;
      else hi = mid;
    }
    return terms[lo] === stem ? lo : -1;
  }

  /**
   * Adds one term's weights to every section that holds it; returns how many did. With the
   * collection's statistics, the weight is rescaled from this index's idf to the collection's
   * (the idf is one factor of every weight, see buildSearchIndex.ts).
   */
  private accumulate(stem: string, bit: number, stats: CollectionStats | undefined, notes: boolean, weight = 1): number {
    const term = this.termNumber(stem);
    if (term < 0) return 0;
    const { sections, weights } = this.postings.postings(term);
    const scale = stats
      ? inverseDocumentFrequency(stats.documentFrequency(stem), stats.entries) / inverseDocumentFrequency(sections.length, this.index.sections.length)
      : 1;
    let found = 0;
    for (let i = 0; i < sections.length; i++) {
      const ref = sections[i]!;
      if (!notes && this.notesSection[ref]) continue;
      const doc = this.sectionDoc[ref]!;
      if (this.hidden[doc]) continue;
      found++;
      if (this.sectionMask[ref] === 0) this.touchedSections[this.touchedSectionCount++] = ref;
      this.sectionScore[ref]! += weights[i]! * scale * weight;
      this.sectionMask[ref]! |= bit;
      if (this.docMask[doc] === 0) this.touchedDocs[this.touchedDocCount++] = doc;
      this.docMask[doc]! |= bit;
    }
    return found;
  }

  private matchesFilters(doc: StoredDocument, filters: SearchResponse['query']['filters']): boolean {
    const { sector, region, year, type, status } = filters;
    if (type?.length && !type.includes(doc[2] as DocumentType)) return false;
    if (sector?.length && !sector.includes(doc[4])) return false;
    if (status?.length && !status.includes(doc[8] as 'berlanjut' | 'vakum')) return false;
    if (year?.length && !year.includes(doc[7])) return false;
    if (region?.length) {
      const places = [normaliseValue(doc[5]), normaliseValue(doc[6])];
      if (!region.some((r) => places.some((p) => p === r || p.endsWith(` ${r}`) || p.includes(r)))) return false;
    }
    return true;
  }

  /** One engine on its own: a page of hits (from `offset`), plus whatever other sources add. */
  async search(text: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const started = Date.now();
    const limit = options.limit ?? 20;
    const offset = Math.max(0, options.offset ?? 0);
    const ranking = await this.rank(text, options);
    const fromSources = this.sources.flatMap((source) => source.search(ranking.query, options));
    const hits = fromSources.length
      ? mergeSearchResults(await this.hits(ranking, ranking.top.slice(0, offset + limit)), fromSources, offset + limit).slice(offset, offset + limit)
      : await this.hits(ranking, ranking.top.slice(offset, offset + limit));
    return {
      query: ranking.query, mode: ranking.mode, total: ranking.matched.length + fromSources.length,
      ...(ranking.atLeast ? { totalIsLowerBound: true } : {}), hits, facets: this.facetCounts(ranking.matched),
      didYouMean: didYouMean(text, ranking.corrections), highlightStems: ranking.stems, elapsedMs: Date.now() - started,
      ...(ranking.plan.alsoSearched.length ? { alsoSearched: ranking.plan.alsoSearched } : {}),
    };
  }

  /** Facet counts over these documents. */
  facetCounts(matched: readonly number[]): SearchResponse['facets'] {
    return this.facets.count(matched);
  }

  /** Scores and orders the matching documents; reads texts only to check quoted phrases. */
  async rank(text: string, options: SearchOptions = {}, stats?: CollectionStats): Promise<EngineRanking> {
    const query = parseQuery(text);
    const wanted = Math.max(0, options.offset ?? 0) + (options.limit ?? 20);
    const plan = planQuery(query, this.index.vocabulary, options.prefixLastWord ?? false);
    const notes = !!options.speakerNotes && this.hasSpeakerNotes;
    const corrections = new Map<string, string>();
    const stems = [...new Set(plan.groups.flatMap((g) => termsToSearch(g).map(([term]) => term)))].slice(0, 40);
    if (options.sources && !options.sources.includes(this.sourceId)) {
      return { query, mode: 'all', matched: [], top: [], atLeast: false, corrections, stems, plan, sectionsOf: new Map() };
    }
    this.touchedSectionCount = 0;
    this.touchedDocCount = 0;

    plan.groups.forEach((group, g) => {
      const bit = 1 << g;
      let found = 0;
      // Synonyms count for "every word", with a lower weight than the words typed.
      for (const [term, weight] of termsToSearch(group)) found += this.accumulate(term, bit, stats, notes, weight);
      if (found > 0 || group.raw.length < 5) return;
      // A word another index holds is no typo: it is only absent here.
      if (stats && [...group.terms, ...group.completions].some((term) => stats.documentFrequency(term) > 0)) return;
      // A suggestion is offered ("Mungkin maksud Anda"), never searched in the word's place.
      const suggestion = suggestSpelling(this.index.vocabulary, group.raw);
      if (suggestion) corrections.set(group.raw, suggestion);
    });

    const groupCount = plan.groups.length;
    const sectionRank = (ref: number) => this.sectionScore[ref]! * (0.5 + (0.5 * bitCount(this.sectionMask[ref]!)) / groupCount);
    const touchedSections = this.touchedSections.subarray(0, this.touchedSectionCount);
    const touchedDocs = this.touchedDocs.subarray(0, this.touchedDocCount);
    for (const ref of touchedSections) {
      const doc = this.sectionDoc[ref]!;
      const rank = sectionRank(ref);
      if (rank > this.docBest[doc]!) this.docBest[doc] = rank;
      this.docSum[doc]! += rank;
    }

    let mode: SearchResponse['mode'] = 'all';
    let candidates: number[];
    if (groupCount === 0) {
      candidates = hasFilters(query.filters) ? this.index.documents.flatMap((_, i) => (this.hidden[i] ? [] : [i])) : [];
    } else {
      const all = 2 ** groupCount - 1;
      candidates = [];
      for (const doc of touchedDocs) if (this.docMask[doc] === all) candidates.push(doc);
      if (candidates.length === 0 && groupCount > 1 && plan.phrases.length === 0) {
        mode = 'any';
        candidates = Array.from(touchedDocs);
      }
    }
    const filtered = hasFilters(query.filters) ? candidates.filter((doc) => this.matchesFilters(this.index.documents[doc]!, query.filters)) : candidates;
    const considered = plan.phrases.length ? this.byScore(filtered).slice(0, Math.max(PHRASE_DOCUMENTS, wanted + 1)) : this.best(filtered, wanted);
    const sectionsOf = new Map<number, RankedSection[]>();
    for (const { doc } of considered) {
      const list: RankedSection[] = [];
      for (let ref = this.firstSection[doc]!; ref < this.endSection[doc]!; ref++) {
        if (this.sectionMask[ref]) list.push({ ref, score: sectionRank(ref), mask: this.sectionMask[ref]! });
      }
      sectionsOf.set(doc, list.sort((a, b) => b.score - a.score || a.ref - b.ref));
    }
    for (const ref of touchedSections) {
      this.sectionScore[ref] = 0;
      this.sectionMask[ref] = 0;
    }
    for (const doc of touchedDocs) {
      this.docMask[doc] = 0;
      this.docBest[doc] = 0;
      this.docSum[doc] = 0;
    }

    if (!plan.phrases.length) return { query, mode, matched: filtered, top: considered, atLeast: false, corrections, stems, plan, sectionsOf };
    const checked = await this.withPhrases(considered, sectionsOf, this.exactPhrases(query, plan), wanted + 1);
    return {
      query, mode, matched: checked.holding.map((p) => p.doc), top: checked.holding, atLeast: checked.stoppedEarly || filtered.length > considered.length,
      corrections, stems, plan, sectionsOf,
    };
  }

  /** These ranked documents as hits, with their best passages (their texts are loaded first). */
  async hits(ranking: EngineRanking, page: readonly RankedDocument[]): Promise<DocumentHit[]> {
    await this.texts.load(page.map((m) => m.doc));
    const isMatch = this.matcher(ranking.plan);
    return page.map(({ doc, score }) => this.toHit(doc, score, ranking.sectionsOf.get(doc) ?? [], isMatch));
  }

  /**
   * The `count` best-scoring documents, best first; ties in title order. Keeps a small sorted list
   * instead of sorting every match: after the first few, most documents are one comparison.
   */
  private best(docs: number[], count: number): { doc: number; score: number }[] {
    const top: { doc: number; score: number }[] = [];
    if (count <= 0) return top;
    const before = (score: number, doc: number, other: { doc: number; score: number }) =>
      score > other.score || (score === other.score && this.titleRank[doc]! < this.titleRank[other.doc]!);
    for (const doc of docs) {
      const best = this.docBest[doc]!;
      const score = best + OTHER_SECTIONS_SHARE * (this.docSum[doc]! - best);
      if (top.length === count && !before(score, doc, top[count - 1]!)) continue;
      let at = top.length === count ? count - 1 : top.length;
      while (at > 0 && before(score, doc, top[at - 1]!)) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = { doc, score };
    }
    return top;
  }

  /** Every document, best first; ties in title order. */
  private byScore(docs: number[]): { doc: number; score: number }[] {
    return docs
      .map((doc) => ({ doc, score: this.docBest[doc]! + OTHER_SECTIONS_SHARE * (this.docSum[doc]! - this.docBest[doc]!) }))
      .sort((a, b) => b.score - a.score || this.titleRank[a.doc]! - this.titleRank[b.doc]!);
  }

  /**
   * The documents with a section holding every phrase, best first, with those sections first.
   * Reads texts in batches and stops once `enough` documents hold the phrases.
   */
  private async withPhrases(
    considered: { doc: number; score: number }[],
    sectionsOf: Map<number, RankedSection[]>,
    phrases: ExactPhrase[],
    enough: number,
  ): Promise<{ holding: { doc: number; score: number }[]; stoppedEarly: boolean }> {
    const patterns = phrases.map((p) => phrasePattern(p.words));
    const holding: { doc: number; score: number }[] = [];
    const batch = Math.max(10, enough);
    for (let from = 0; from < considered.length; from += batch) {
      if (holding.length >= enough) return { holding, stoppedEarly: true };
      const docs = considered.slice(from, from + batch);
      await this.texts.load(docs.map((c) => c.doc));
      for (const entry of docs) {
        const sections = sectionsOf.get(entry.doc) ?? [];
        const hold = sections.filter((s) => phrases.every((p, i) => (s.mask & p.mask) === p.mask && this.hasPhrase(entry.doc, s.ref, patterns[i]!)));
        if (hold.length === 0) continue;
        sectionsOf.set(entry.doc, [...hold, ...sections.filter((s) => !hold.includes(s))]);
        holding.push(entry);
      }
    }
    return { holding, stoppedEarly: false };
  }

  private summary(doc: number): string {
    const lead = this.texts.get(doc)?.[0] ?? '';
    const end = lead.indexOf(SUMMARY_END);
    return end >= 0 ? lead.slice(0, end) : '';
  }

  private sectionText(doc: number, ref: number): string | undefined {
    return this.texts.get(doc)?.[ref - this.firstSection[doc]!];
  }

  private hasPhrase(doc: number, ref: number, pattern: RegExp): boolean {
    const raw = this.sectionText(doc, ref);
    if (raw === undefined) return false;
    // One case-insensitive scan of the text as it is; only text with accents is folded and
    // scanned again. Most sections checked do not hold the phrase, so this is the common cost.
    if (startsWordMatch(pattern, raw)) return true;
    return /[^\x00-\x7f]/.test(raw) && startsWordMatch(pattern, foldDiacritics(raw.toLowerCase()));
  }

  /**
   * The quoted phrases with the words as typed (lower-cased, folded): a phrase is matched as
   * written, never through other forms of its words' stems. Lines up with `plan.phrases`.
   */
  private exactPhrases(query: ParsedQuery, plan: QueryPlan): ExactPhrase[] {
    const typed = query.phrases.map((phrase) => tokenizeIndonesian(phrase)).filter((words) => words.length > 0);
    return plan.phrases.map((p, i) => ({ mask: p.mask, words: typed[i] ?? p.stems }));
  }

  /** A stem and every indexed word that has it. */
  private spellingsOf(stem: string): Set<string> {
    if (!this.surfacesByStem) {
      this.surfacesByStem = new Map();
      for (const [word, wordStem] of this.index.vocabulary) {
        const list = this.surfacesByStem.get(wordStem);
        if (list) list.push(word);
        else this.surfacesByStem.set(wordStem, [word]);
      }
    }
    return new Set([stem, ...(this.surfacesByStem.get(stem) ?? [])]);
  }

  /** Recognises the query's words in text: every indexed spelling of their stems. */
  private matcher(plan: QueryPlan): SnippetMatcher {
    const words = new Set<string>();
    for (const group of plan.groups) {
      for (const stem of [...group.terms, ...group.completions]) for (const word of this.spellingsOf(stem)) words.add(word);
    }
    return snippetMatcher(words);
  }

  private toHit(doc: number, score: number, sections: RankedSection[], isMatch: SnippetMatcher): DocumentHit {
    const d = this.index.documents[doc]!;
    const shown = sections.length ? sections.slice(0, 3) : [{ ref: this.firstSection[doc]!, score: 0, mask: 0 }];
    return {
      source: this.sourceId, id: d[0], title: d[1], type: d[2] as DocumentType, summary: this.summary(doc), illustrative: d[3] === 1,
      ...(d[4] ? { sector: d[4], province: d[5], regency: d[6] || undefined, year: d[7], status: d[8] as 'berlanjut' | 'vakum' } : {}),
      score,
      sections: shown.map(({ ref, score: sectionScore }) => {
        const s = this.index.sections[ref]!;
        const text = this.sectionText(doc, ref) ?? '';
        const snippet = text ? makeSnippet(text, isMatch) : [];
        return { slug: s[1], heading: s[2], score: sectionScore, snippet, ...(s[3] === SPEAKER_NOTES ? { speakerNotes: true } : {}) };
      }),
    };
  }
}

/**
 * The merge point of the seam: hits from every source in one list, best first. Library scores are
 * BM25 sums (roughly 0–30 for a good match); a source whose scores run differently should
 * normalise them before returning.
 */
export function mergeSearchResults(library: DocumentHit[], others: DocumentHit[], limit: number): DocumentHit[] {
  if (others.length === 0) return library;
  return [...library, ...others].sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The query as typed with each corrected word replaced, or undefined when nothing was corrected. */
export function didYouMean(text: string, corrections: ReadonlyMap<string, string>): string | undefined {
  return corrections.size ? text.replace(/\S+/g, (word) => corrections.get(foldDiacritics(word.toLowerCase())) ?? word) : undefined;
}

interface ExactPhrase {
  mask: number;
  /** The phrase's words as typed, lower-cased and folded. */
  words: string[];
}

/** The phrase's words in order, separated by anything that is not a letter or digit. */
function phrasePattern(words: readonly string[]): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The start of the first word is checked by hand: a look-behind would slow every scan.
  return new RegExp(`${words.map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');
}
