/** The worker side of searchInFreshHeap.ts: load one engine, time it, answer every query. */
import { Document } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { parentPort, workerData } from 'node:worker_threads';
import { InMemorySectionTexts, MultiSourceSearch, SearchEngine } from '../../core/search/fulltext';
import { indonesianQueryTerms } from '../../core/search/indonesian';
import type { EngineUnderTest } from './searchInFreshHeap';
import type { BenchQuery } from './searchQueries';

const { engine, queries, warmUp } = workerData as { engine: EngineUnderTest; queries: BenchQuery[]; warmUp: BenchQuery[] };
const plain = (q: BenchQuery) => q.text.replace(/\w+:\S+|"/g, '');

function load(): [(q: BenchQuery) => unknown, number] {
  // Section texts are fetched per hit in the app, not loaded up front: parsed outside the timing.
  const texts = engine.kind === 'ours' ? new InMemorySectionTexts(JSON.parse(engine.texts) as string[][]) : null;
  const partTexts = engine.kind === 'multi' ? engine.parts.map((p) => new InMemorySectionTexts(JSON.parse(p.texts) as string[][])) : [];
  const started = performance.now();
  switch (engine.kind) {
    case 'ours': {
      const ours = SearchEngine.load(JSON.parse(engine.json), engine.postings, texts!);
      return [(q) => ours.search(q.text, { limit: 20, prefixLastWord: q.prefix }), performance.now() - started];
    }
    case 'multi': {
      const multi = new MultiSourceSearch(engine.parts.map((p, i) => ({ key: p.key, engine: SearchEngine.load(JSON.parse(p.json), p.postings, partTexts[i]!, p.source) })));
      return [(q) => multi.search(q.text, { limit: 20, prefixLastWord: q.prefix }), performance.now() - started];
    }
    case 'lunr': {
      const index = lunr.Index.load(JSON.parse(engine.json));
      const run = (q: BenchQuery) =>
        index.query((query) => {
          for (const term of indonesianQueryTerms(plain(q))) {
            query.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED, wildcard: q.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
          }
        });
      return [run, performance.now() - started];
    }
    case 'minisearch': {
      const mini = MiniSearch.loadJSON(engine.json, engine.options as never);
      return [(q) => mini.search(plain(q), { prefix: q.prefix, fuzzy: q.prefix ? false : 0.2, combineWith: 'AND' }), performance.now() - started];
    }
    case 'flexsearch-unexported': {
      const flex = new Document(engine.config as never);
      for (const row of engine.rows) flex.add(row as never);
      // "load" here is the build: this index cannot be serialized and loaded at all.
      return [(q) => flex.search(plain(q), { limit: 20 }), performance.now() - started];
    }
    case 'flexsearch': {
      const flex = new Document(engine.config as never);
      for (const [key, value] of engine.chunks) flex.import(key, value);
      return [(q) => flex.search(plain(q), { limit: 20 }), performance.now() - started];
    }
  }
}

const [run, loadMs] = load();
// Steady state, as in the app after a few keystrokes: other queries first, so the JIT has
// compiled the hot paths but the measured queries' own terms are not cached yet.
for (const q of warmUp) await run(q);
const samples: number[] = [];
for (const q of queries) {
  const started = performance.now();
  await run(q);
  samples.push(performance.now() - started);
}
parentPort!.postMessage({ load: loadMs, samples });
