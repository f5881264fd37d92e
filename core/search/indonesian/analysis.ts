/**
 * The Indonesian analysis chain on plain strings. The lunr pipeline functions (lunrPlugin.ts) are
 * thin wrappers around these, so a document at build time (Node) and a query in the renderer's
 * Web Worker go through the same code:
 *
 *   tokenize → open compounds → remove stop words → add abbreviation/variant/compound terms → stem
 *
 * (queries also drop question filler and add synonyms, see analyzeQueryWords).
 * Index time and query time differ only where they must (see abbreviations.ts): at index time a
 * short form also adds its full form's words, and a hyphenated compound that is not reduplication
 * ("bolak-balik", "layanan-kesehatan", "ktp-el") also adds its parts, so "balik" or "ktp" find
 * it while the whole compound stays searchable; a query adds neither, to stay precise.
 */
import { abbreviationMatchesAt, type ExpansionMode } from './abbreviations';
import './abbreviationInflections';
import { openCompoundAt, type Compound } from './compounds';
import { isQueryFiller } from './questions';
import { spellingVariantsOf } from './spellingVariants';
import { stemIndonesian, isReduplication } from './stemmer';
import { isStopWord } from './stopwords';
import { synonymsOf } from './synonyms';
import { tokenizeIndonesian } from './tokenizer';

/** A term added next to the term at some position, and how many terms its source phrase spans. */
export interface AddedTerm {
  readonly term: string;
  readonly span: number;
  readonly kind: 'abbreviation' | 'variant' | 'compound';
}

/** Parts of a hyphenated compound worth indexing on their own: not stop words, two letters or more. */
function compoundParts(term: string): string[] {
  if (!term.includes('-') || isReduplication(term)) return [];
  return term.split('-').filter((part) => part.length >= 2 && !isStopWord(part));
}

/**
 * Terms to add at `position` of a stream of terms whose stop words are already removed: the
 * abbreviation keys/full forms of phrases starting there, and (index time only) compound parts.
 */
export function addedTermsAt(terms: readonly string[], position: number, mode: ExpansionMode): AddedTerm[] {
  const term = terms[position];
  if (term === undefined) return [];
  const added: AddedTerm[] = [];
  const seen = new Set<string>([term]);
  const add = (candidate: string, span: number, kind: AddedTerm['kind']): void => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    added.push({ term: candidate, span, kind });
  };
  for (const match of abbreviationMatchesAt(terms, position, mode)) {
    for (const candidate of match.terms) add(candidate, match.length, 'abbreviation');
  }
  for (const variant of spellingVariantsOf(term)) add(variant, 1, 'variant');
  if (mode === 'index') {
    for (const part of compoundParts(term)) add(part, 1, 'compound');
  }
  return added;
}

/** Why a query term is there. */
export type QueryTermKind = 'word' | 'abbreviation' | 'compound' | 'variant' | 'synonym';

/** One analysed query term, with the query word it came from (for presence and highlighting). */
export interface QueryTerm {
  readonly term: string;
  /** Index of the query word this term stands for, or of the first word of the phrase it was added for. */
  readonly word: number;
  /** True for terms added (abbreviation, compound, variant, synonym) rather than stemmed from the word itself. */
  readonly added: boolean;
  readonly kind?: QueryTermKind;
  /** For a synonym: the word as the thesaurus writes it ("juga mencari: …"). */
  readonly shown?: string;
}

/** Stop words and question filler, unless every word is one (then all are kept, as before). */
function contentWordIndexes(words: readonly string[], keepAlways: ReadonlySet<number>): number[] {
  const all = words.map((_, i) => i);
  const content = all.filter((i) => keepAlways.has(i) || (!isStopWord(words[i]!) && !isQueryFiller(words[i]!)));
  if (content.length > 0) return content;
  const notStop = all.filter((i) => !isStopWord(words[i]!));
  return notStop.length > 0 ? notStop : all;
}

/**
 * Analyses the words of a query (already tokenized): open compounds recognised first (their
 * second word may be a stop word: "kerja sama"); stop words and question filler removed unless
 * every word is one; abbreviation phrases expanded in query mode; every term stemmed; spelling
 * variants and synonyms added. Returns one entry per term, in query order. A term is listed once,
 * except a compound's closed form, which each of its two words accepts.
 */
export function analyzeQueryWords(words: readonly string[]): QueryTerm[] {
  const compoundAt = new Map<number, Compound>();
  const secondOf = new Map<number, Compound>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (secondOf.has(i)) continue;
    const compound = openCompoundAt(words, i);
    if (compound) {
      compoundAt.set(i, compound);
      secondOf.set(i + 1, compound);
    }
  }
  const keptIndexes = contentWordIndexes(words, new Set(compoundAt.keys()));
  const keptWords = keptIndexes.map((i) => words[i]!);
  const kept = new Set(keptIndexes);
  const result: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (stem: string, word: number, kind: QueryTermKind, shown?: string): void => {
    const key = kind === 'compound' ? `${word}:${stem}` : stem;
    if (seen.has(key) || (kind !== 'compound' && seen.has(`${word}:${stem}`))) return;
    seen.add(key);
    result.push({ term: stem, word, added: kind !== 'word', ...(kind === 'word' ? {} : { kind }), ...(shown ? { shown } : {}) });
  };
  keptWords.forEach((surface, k) => {
    const wordIndex = keptIndexes[k]!;
    const compound = compoundAt.get(wordIndex) ?? secondOf.get(wordIndex);
    const compoundIsOneWord = compoundAt.has(wordIndex) && !kept.has(wordIndex + 1);
    if (compound && compoundIsOneWord) {
      // "kerja sama": the compound alone, never loose "kerja".
      push(compound.closed, wordIndex, 'word');
    } else {
      push(stemIndonesian(surface), wordIndex, 'word');
      if (compound) push(compound.closed, wordIndex, 'compound');
    }
    for (const added of addedTermsAt(keptWords, k, 'query')) push(stemIndonesian(added.term), wordIndex, added.kind);
    const stems = compound && compoundIsOneWord ? [compound.closed] : [stemIndonesian(surface)];
    for (const stem of stems) {
      for (const synonym of synonymsOf(stem)) push(synonym.term, wordIndex, 'synonym', synonym.word);
    }
  });
  return result;
}

/**
 * Runs a user's query through the same analysis as the index and returns the terms to look up
 * (stems, plus abbreviation keys for full forms, compounds and spelling variants), without
 * duplicates and without synonyms. A query made only of stop words keeps them (stemmed), so it
 * still searches. Use these terms to build a lunr query with `usePipeline: false`, or to
 * highlight matches.
 */
export function indonesianQueryTerms(queryText: string): string[] {
  const terms = analyzeQueryWords(tokenizeIndonesian(queryText))
    .filter((entry) => entry.kind !== 'synonym')
    .map((entry) => entry.term);
  return [...new Set(terms)];
}
