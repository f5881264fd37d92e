/**
 * search.stemmer.conflation.{recall,precision}: how well the stemmer conflates the words of the
 * bundled library, judged by Debian's hunspell-id (`hunspell -d id_ID -s`; GPL, a tool run here
 * only, never bundled). Targets (issue #12): recall ≥ 0.97, precision ≥ 0.98. Where hunspell-id
 * is not installed (`apt-get install hunspell hunspell-id`), the bench says so and skips.
 */
import { report } from './measure';
import { bundledLibraryWords, hunspellIndonesianAvailable, hunspellStems, measureConflation } from '../support/stemmerConflation';

export async function benchStemmer(repoRoot: string): Promise<void> {
  if (!hunspellIndonesianAvailable()) {
    console.error('search.stemmer.conflation: skipped, hunspell with the id_ID dictionary is not installed (apt-get install hunspell hunspell-id)');
    return;
  }
  const words = await bundledLibraryWords(repoRoot);
  const figures = measureConflation(words, hunspellStems(words));
  report('search.stemmer.conflation.words', figures.judged, 'count');
  report('search.stemmer.conflation.pairs', figures.oraclePairs, 'count');
  console.log(JSON.stringify({ metric: 'search.stemmer.conflation.recall', value: Math.round(figures.recall * 10000) / 10000, unit: 'ratio' }));
  console.log(JSON.stringify({ metric: 'search.stemmer.conflation.precision', value: Math.round(figures.precision * 10000) / 10000, unit: 'ratio' }));
  const sample = (pairs: [string, string][]) => pairs.slice(0, 12).map((p) => p.join('~')).join(', ');
  console.error(`stemmer: oracle joins, we keep apart (${figures.missed.length}): ${sample(figures.missed)}`);
  console.error(`stemmer: we join, oracle keeps apart (${figures.wrong.length}): ${sample(figures.wrong)}`);
}
