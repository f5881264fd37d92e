/**
 * Turns a parsed query into what the engine scores: one group per query word (its stems and
 * abbreviation terms, plus index stems that start with it when it is the word being typed), and
 * for each quoted phrase the groups it spans and how to recognise it in text.
 */
import { analyzeQueryWords, stemIndonesian, SYNONYM_WEIGHT, tokenizeIndonesian } from '../indonesian';
import type { ParsedQuery } from '../types';
import { wordsWithPrefix, type VocabularyEntry } from './vocabulary';

/** Queries longer than this are cut: each group is one bit of a 32-bit mask. */
export const MAX_GROUPS = 24;
/** How many of the most frequent completions a word being typed stands for. */
const COMPLETIONS = 8;

export interface WordGroup {
  /** The word as typed (lower-cased, folded). */
  raw: string;
  /** Stems to look up. */
  terms: string[];
  /**
   * Completions of the word being typed; they count like the word itself. When the library holds
   * none of the word's own terms, its synonyms are here too: they are all there is to find.
   */
  completions: string[];
  /** Synonym stems of the word: searched with a lower weight (see `termsToSearch`). */
  synonyms: string[];
}

export interface PhraseCheck {
  /** Bits of the groups made from the phrase's words: a section must hold all of them. */
  mask: number;
  /** The phrase's words, stemmed, in order. */
  stems: string[];
}

export interface QueryPlan {
  groups: WordGroup[];
  phrases: PhraseCheck[];
  /** The synonyms searched besides the words typed, as the thesaurus writes them ("juga mencari: …"). */
  alsoSearched: string[];
}

/** How much a synonym's match counts beside a word typed. */
export const synonymWeight = SYNONYM_WEIGHT;

/**
 * What the engine looks up for a group, each term with the factor its weights are multiplied by:
 * the word's own terms and completions at 1, its other synonyms at SYNONYM_WEIGHT. Every term
 * counts towards "every word matched".
 */
export function termsToSearch(group: WordGroup): [term: string, weight: number][] {
  const full = [...group.terms, ...group.completions];
  return [...full.map((term): [string, number] => [term, 1]), ...group.synonyms.filter((s) => !full.includes(s)).map((s): [string, number] => [s, SYNONYM_WEIGHT])];
}

export function planQuery(query: ParsedQuery, vocabulary: VocabularyEntry[], prefixLastWord: boolean): QueryPlan {
  const tokens = tokenizeIndonesian(query.words.join(' '));
  const phraseRanges: [number, number][] = [];
  for (const phrase of query.phrases) {
    const words = tokenizeIndonesian(phrase);
    phraseRanges.push([tokens.length, tokens.length + words.length]);
    tokens.push(...words);
  }
  const byWord = new Map<number, WordGroup>();
  const alsoSearched: string[] = [];
  const inPhrase = (word: number) => phraseRanges.some(([from, to]) => word >= from && word < to);
  for (const entry of analyzeQueryWords(tokens)) {
    // Quoted words are matched as written: no synonyms for them.
    if (entry.kind === 'synonym' && inPhrase(entry.word)) continue;
    let group = byWord.get(entry.word);
    if (!group) {
      if (byWord.size >= MAX_GROUPS || entry.kind === 'synonym') continue;
      group = { raw: tokens[entry.word] ?? entry.term, terms: [], completions: [], synonyms: [] };
      byWord.set(entry.word, group);
    }
    if (entry.kind === 'synonym') {
      if (group.terms.includes(entry.term) || group.synonyms.includes(entry.term)) continue;
      group.synonyms.push(entry.term);
      if (entry.shown && !alsoSearched.includes(entry.shown)) alsoSearched.push(entry.shown);
    } else if (!group.terms.includes(entry.term)) group.terms.push(entry.term);
  }
  const wordIndexes = [...byWord.keys()];
  const groups = [...byWord.values()];

  // Only a free word being typed is completed, never a word inside quotes.
  const lastIndex = wordIndexes[wordIndexes.length - 1];
  const last = groups[groups.length - 1];
  const freeWords = phraseRanges[0]?.[0] ?? tokens.length;
  const lastIsFree = lastIndex !== undefined && lastIndex < freeWords;
  if (prefixLastWord && last && lastIsFree && last.raw.length >= 3) {
    for (const [, stem] of wordsWithPrefix(vocabulary, last.raw, COMPLETIONS)) {
      if (!last.terms.includes(stem) && !last.completions.includes(stem)) last.completions.push(stem);
    }
  }

  const phrases = query.phrases
    .map((phrase, p) => {
      const [from, to] = phraseRanges[p]!;
      let mask = 0;
      wordIndexes.forEach((word, g) => {
        if (word >= from && word < to) mask |= 1 << g;
      });
      const stems = tokenizeIndonesian(phrase).map(stemIndonesian);
      return { mask, stems };
    })
    .filter((p) => p.stems.length > 0);
  return { groups, phrases, alsoSearched };
}
