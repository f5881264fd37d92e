/**
 * How well our stemmer conflates the words of the bundled library, judged against an independent
 * oracle: Debian's hunspell-id dictionary (`hunspell -d id_ID -s`). hunspell and its Indonesian
 * dictionary are GPL: they are run here as a tool at test and bench time only, never bundled and
 * never imported by the app. CI installs them (`.ci/run`); where they are missing the callers say
 * so and skip.
 *
 * Conflation is measured over PAIRS of distinct words: the oracle conflates two words when they
 * share a stem hunspell gives (a word may have several); we conflate them when stemIndonesian
 * returns the same stem. Only words hunspell recognises take part, so precision is not charged for
 * words the oracle cannot judge. recall = shared pairs / oracle pairs, precision = shared pairs /
 * our pairs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { compileLibrary } from '../../build/content/compile';
import { isStopWord, stemIndonesian, tokenizeIndonesian } from '../../core/search/indonesian';

export interface ConflationFigures {
  words: number;
  judged: number;
  oraclePairs: number;
  ourPairs: number;
  sharedPairs: number;
  recall: number;
  precision: number;
  /** Pairs the oracle joins and we keep apart, and the reverse (for growing the exception lists). */
  missed: [string, string][];
  wrong: [string, string][];
}

/** True when `hunspell -d id_ID` runs on this machine. */
export function hunspellIndonesianAvailable(): boolean {
  const run = spawnSync('hunspell', ['-d', 'id_ID', '-s'], { input: 'rumah\n', encoding: 'utf8' });
  return run.status === 0 && /rumah/.test(run.stdout);
}

/** Every plain word (a–z only, three letters or more, not a stop word) of the bundled library. */
export async function bundledLibraryWords(repoRoot: string): Promise<string[]> {
  const library = await compileLibrary(path.join(repoRoot, 'content'));
  const words = new Set<string>();
  for (const { meta, sections } of library.documents) {
    const texts = [meta.title, meta.summary, ...sections.flatMap((s) => [s.heading, s.text])];
    for (const text of texts) {
      for (const term of tokenizeIndonesian(text)) if (/^[a-z]{3,}$/.test(term) && !isStopWord(term)) words.add(term);
    }
  }
  return [...words].sort();
}

/** hunspell's stems per word (words it does not know are absent). */
export function hunspellStems(words: readonly string[]): Map<string, Set<string>> {
  const run = spawnSync('hunspell', ['-d', 'id_ID', '-s'], { input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`hunspell failed: ${run.stderr}`);
  const stems = new Map<string, Set<string>>();
  for (const line of run.stdout.split('\n')) {
    const [word, stem] = line.trim().split(/\s+/);
    if (!word || !stem) continue;
    const set = stems.get(word) ?? new Set<string>();
    set.add(stem.toLowerCase());
    stems.set(word, set);
  }
  return stems;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function pairsWithin(groups: Iterable<string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i]!, group[j]!));
  }
  return pairs;
}

export function measureConflation(words: readonly string[], oracle: Map<string, Set<string>>, stem = stemIndonesian): ConflationFigures {
  const judged = words.filter((w) => oracle.has(w));
  const oracleGroups = new Map<string, string[]>();
  const ourGroups = new Map<string, string[]>();
  for (const word of judged) {
    for (const s of oracle.get(word)!) (oracleGroups.get(s) ?? oracleGroups.set(s, []).get(s)!).push(word);
    const ours = stem(word);
    (ourGroups.get(ours) ?? ourGroups.set(ours, []).get(ours)!).push(word);
  }
  const oraclePairs = pairsWithin(oracleGroups.values());
  const ourPairs = pairsWithin(ourGroups.values());
  let shared = 0;
  const missed: [string, string][] = [];
  for (const pair of oraclePairs) {
    if (ourPairs.has(pair)) shared++;
    else missed.push(pair.split(' ') as [string, string]);
  }
  const wrong = [...ourPairs].filter((p) => !oraclePairs.has(p)).map((p) => p.split(' ') as [string, string]);
  return {
    words: words.length,
    judged: judged.length,
    oraclePairs: oraclePairs.size,
    ourPairs: ourPairs.size,
    sharedPairs: shared,
    recall: oraclePairs.size ? shared / oraclePairs.size : 1,
    precision: ourPairs.size ? shared / ourPairs.size : 1,
    missed,
    wrong,
  };
}
