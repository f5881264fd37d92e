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

/** The most frequent indexed word one edit away from `word`, if any. */
export function closestWord(vocabulary: VocabularyEntry[], word: string): VocabularyEntry | undefined {
  const buckets = lengthBuckets(vocabulary);
  let best: VocabularyEntry | undefined;
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const entry of buckets[length] ?? []) {
      if ((!best || entry[2] > best[2]) && withinOneEdit(word, entry[0])) best = entry;
    }
  }
  return best;
}
