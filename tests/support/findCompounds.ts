/**
 * Finds closed/open compound pairs in a word list (issue #12: "find pairs from a word list, not by
 * hand"). A stem is a compound when it splits into two words of the list, each three letters or
 * more, and some word of the list carries it wrapped in affixes (a closed compound is written so
 * only inside a confix: ditandatangani, penandatanganan). Stop words may be the second word
 * ("kerja sama") but not the first.
 */
import { isStopWord, stemIndonesian } from '../../core/search/indonesian';

export type CompoundPair = [closed: string, first: string, second: string];

export function findCompounds(words: Iterable<string>): CompoundPair[] {
  const plain = [...new Set(words)].filter((w) => /^[a-z]+$/.test(w));
  const surfacesByStem = new Map<string, string[]>();
  for (const word of plain) {
    const stem = stemIndonesian(word);
    (surfacesByStem.get(stem) ?? surfacesByStem.set(stem, []).get(stem)!).push(word);
  }
  const known = new Set<string>([...plain, ...surfacesByStem.keys()]);
  const found: CompoundPair[] = [];
  for (const [stem, surfaces] of surfacesByStem) {
    if (stem.length < 7 || !surfaces.some((w) => w.length >= stem.length + 3)) continue;
    for (let cut = 3; cut <= stem.length - 3; cut++) {
      const first = stem.slice(0, cut);
      const second = stem.slice(cut);
      if (!known.has(first) || !known.has(second) || isStopWord(first)) continue;
      found.push([stem, stemIndonesian(first), isStopWord(second) ? second : stemIndonesian(second)]);
      break;
    }
  }
  return found.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The word list the committed compound list is drawn from: the bundled library and the relevance fixtures. */
export async function compoundWordList(repoRoot: string): Promise<string[]> {
  const { compileLibrary } = await import('../../build/content/compile');
  const { tokenizeIndonesian } = await import('../../core/search/indonesian');
  const path = await import('node:path');
  const words = new Set<string>();
  for (const dir of ['content', 'tests/fixtures/search-relevance']) {
    const library = await compileLibrary(path.join(repoRoot, dir));
    for (const { meta, sections } of library.documents) {
      for (const text of [meta.title, meta.summary, ...sections.flatMap((s) => [s.heading, s.text])]) {
        for (const term of tokenizeIndonesian(text)) words.add(term);
      }
    }
  }
  return [...words];
}
