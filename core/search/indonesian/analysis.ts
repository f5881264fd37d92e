/**
 * The Indonesian analysis chain on plain strings. The lunr pipeline functions (lunrPlugin.ts) are
 * thin wrappers around these, so a document at build time (Node) and a query in the renderer's
 * Web Worker go through the same code:
 *
 *   tokenize → remove stop words → add abbreviation/compound terms → stem
 *
 * Index time and query time differ only where they must (see abbreviations.ts): at index time a
 * short form also adds its full form's words, and a hyphenated compound that is not reduplication
 * ("bolak-balik", "layanan-kesehatan", "ktp-el") also adds its parts, so "balik" or "ktp" find
 * it while the whole compound stays searchable; a query adds neither, to stay precise.
 */
import { abbreviationMatchesAt, type ExpansionMode } from './abbreviations';
import { stemIndonesian, isReduplication } from './stemmer';
import { isStopWord, removeStopWords } from './stopwords';
import { tokenizeIndonesian } from './tokenizer';

/** A term added next to the term at some position, and how many terms its source phrase spans. */
export interface AddedTerm {
  readonly term: string;
  readonly span: number;
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
  const add = (candidate: string, span: number): void => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    added.push({ term: candidate, span });
  };
  for (const match of abbreviationMatchesAt(terms, position, mode)) {
    for (const candidate of match.terms) add(candidate, match.length);
  }
  if (mode === 'index') {
    for (const part of compoundParts(term)) add(part, 1);
  }
  return added;
}

/** One analysed query term, with the query word it came from (for presence and highlighting). */
export interface QueryTerm {
  readonly term: string;
  /** Index of the query word this term stands for, or of the first word of the phrase it was added for. */
  readonly word: number;
  /** True for terms added by abbreviation expansion rather than stemmed from the word itself. */
  readonly added: boolean;
}

/**
 * Analyses the words of a query (already tokenized): stop words removed unless every word is one
 * (`removeStopWords`), abbreviation phrases expanded in query mode, every term stemmed. Returns one
 * entry per term, in query order, without duplicates.
 */
export function analyzeQueryWords(words: readonly string[]): QueryTerm[] {
  const keptWords = removeStopWords(words);
  const keptIndexes: number[] = [];
  let next = 0;
  for (const word of keptWords) {
    while (next < words.length && words[next] !== word) next++;
    keptIndexes.push(next++);
  }
  const result: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (term: string, word: number, added: boolean): void => {
    const stem = stemIndonesian(term);
    if (seen.has(stem)) return;
    seen.add(stem);
    result.push({ term: stem, word, added });
  };
  keptWords.forEach((word, k) => {
    const wordIndex = keptIndexes[k] ?? k;
    push(word, wordIndex, false);
    for (const added of addedTermsAt(keptWords, k, 'query')) push(added.term, wordIndex, true);
  });
  return result;
}

/**
 * Runs a user's query through the same analysis as the index and returns the terms to look up
 * (stems, plus abbreviation keys for full forms), without duplicates. A query made only of stop
 * words keeps them (stemmed), so it still searches. Use these terms to build a lunr query with
 * `usePipeline: false`, or to highlight matches.
 */
export function indonesianQueryTerms(queryText: string): string[] {
  return analyzeQueryWords(tokenizeIndonesian(queryText)).map((entry) => entry.term);
}
