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

/** True when `a` becomes `b` by one inserted, deleted, replaced or swapped letter. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The most frequent indexed word one edit away from `word`, if any. */
export function closestWord(vocabulary: VocabularyEntry[], word: string): VocabularyEntry | undefined {
  let best: VocabularyEntry | undefined;
  for (const entry of vocabulary) {
    if (Math.abs(entry[0].length - word.length) > 1) continue;
    if (withinOneEdit(word, entry[0]) && (!best || entry[2] > best[2])) best = entry;
  }
  return best;
}
