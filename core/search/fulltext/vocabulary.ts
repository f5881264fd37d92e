import { isSpellingVariantWord, KNOWN_ROOTS, PROTECTED_WORDS, stemIndonesian, synonymsOf } from '../indonesian';

/** The indexed words, for completing the word being typed and for suggesting a spelling. */
export type VocabularyEntry = [string, string, number];

/** Entries whose word starts with `prefix` (the vocabulary is sorted by word). */
export function wordsWithPrefix(vocabulary: VocabularyEntry[], prefix: string, limit: number): VocabularyEntry[] {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]![0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: VocabularyEntry[] = [];
  for (let i = lo; i < vocabulary.length && vocabulary[i]![0].startsWith(prefix); i++) found.push(vocabulary[i]!);
  return found.sort((a, b) => b[2] - a[2]).slice(0, limit);
}

function tailsEqual(a: string, ia: number, b: string, ib: number): boolean {
  if (a.length - ia !== b.length - ib) return false;
  for (; ia < a.length; ia++, ib++) if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
  return true;
}

/** True when `a` becomes `b` by one inserted, deleted, replaced or swapped letter. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (tailsEqual(a, i + 1, b, i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && tailsEqual(a, i + 2, b, i + 2);
  }
  return la > lb ? tailsEqual(a, i + 1, b, i) : tailsEqual(a, i, b, i + 1);
}

// The vocabulary grouped by word length, built once per vocabulary: a suggestion only looks at
// words one letter shorter, as long, or one longer.
const byLength = new WeakMap<VocabularyEntry[], VocabularyEntry[][]>();

function lengthBuckets(vocabulary: VocabularyEntry[]): VocabularyEntry[][] {
  let buckets = byLength.get(vocabulary);
  if (!buckets) {
    buckets = [];
    for (const entry of vocabulary) (buckets[entry[0].length] ??= []).push(entry);
    byLength.set(vocabulary, buckets);
  }
  return buckets;
}

const stemsOf = new WeakMap<VocabularyEntry[], Set<string>>();

function vocabularyStems(vocabulary: VocabularyEntry[]): Set<string> {
  let stems = stemsOf.get(vocabulary);
  if (!stems) {
    stems = new Set(vocabulary.map((entry) => entry[1]));
    stemsOf.set(vocabulary, stems);
  }
  return stems;
}

/** Whether some indexed word has this stem. */
export function vocabularyHasStem(vocabulary: VocabularyEntry[], stem: string): boolean {
  return vocabularyStems(vocabulary).has(stem);
}

const PREFIX = /^(me|di|pe|ber|ter|ke|se|per)/;
const SUFFIX = /(kan|an|i|nya)$/;

/**
 * Whether `word` is a real Indonesian word even though the library may not hold it, so it must
 * never be "corrected" into another word: a word the project's own lists know (roots, protected
 * words, abbreviations, compounds, variants, synonyms), a derivation of a root the library holds
 * ("pemekaran" when "mekar" is indexed), or a well-formed confix derivation the stemmer reads
 * (a prefix and a suffix around a root of two syllables or more: "pemekaran", "dilestarikan").
 * No dictionary is shipped for this: hunspell-id is GPL, and the rule needs none.
 */
export function isRecognisedWord(vocabulary: VocabularyEntry[], word: string): boolean {
  if (KNOWN_ROOTS.has(word) || PROTECTED_WORDS.has(word)) return true;
  if (isSpellingVariantWord(word) || synonymsOf(word).length > 0) return true;
  const stem = stemIndonesian(word);
  if (stem === word) return false;
  if (KNOWN_ROOTS.has(stem) || vocabularyStems(vocabulary).has(stem)) return true;
  const vowels = stem.replace(/[^aeiou]/g, '').length;
  return PREFIX.test(word) && SUFFIX.test(word) && stem.length >= 4 && vowels >= 2;
}

/**
 * A spelling suggestion for a word the library does not hold: the most frequent indexed word one
 * edit away, unless the word is a real word in its own right (isRecognisedWord). A suggestion is
 * only offered ("Mungkin maksud Anda: …"); the caller must not search it in the word's place.
 */
export function suggestSpelling(vocabulary: VocabularyEntry[], word: string): string | undefined {
  if (word.length < 5 || isRecognisedWord(vocabulary, word)) return undefined;
  return nearestIndexedWord(vocabulary, word)?.[0];
}

/**
 * The most frequent indexed word one edit away from `word`, if any, and only when `word` is not a
 * real word in its own right (see isRecognisedWord): a correctly spelled word the library lacks is
 * never turned into a different word.
 */
export function closestWord(vocabulary: VocabularyEntry[], word: string): VocabularyEntry | undefined {
  return isRecognisedWord(vocabulary, word) ? undefined : nearestIndexedWord(vocabulary, word);
}

function nearestIndexedWord(vocabulary: VocabularyEntry[], word: string): VocabularyEntry | undefined {
  const buckets = lengthBuckets(vocabulary);
  let best: VocabularyEntry | undefined;
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const entry of buckets[length] ?? []) {
      if ((!best || entry[2] > best[2]) && withinOneEdit(word, entry[0])) best = entry;
    }
  }
  return best;
}
