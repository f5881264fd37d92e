/**
 * search.{build,index.bytes,load,query.p50,query.p95}.N for our engine, and the same for
 * MiniSearch and FlexSearch (peers for comparison, without Indonesian stemming) on the same
 * sections and queries. Peers get lower-casing, prefix search and their own defaults.
 * peer.lunr.* is lunr's own index (serialized and loaded with lunr.Index.load, one entry per
 * document, our Indonesian plugin): the design we left, measured so the choice stays honest.
 * Our index.bytes counts what must load before the first query (index JSON + postings); the
 * per-document section texts, fetched only for hits shown, are search.text.bytes.N.
 */
import { Document } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { compileLibrary } from '../../build/content/compile';
import { buildSearchIndex, InMemorySectionTexts, SearchEngine } from '../../core/search/fulltext';
import { indonesianQueryTerms, lunrIndonesian } from '../../core/search/indonesian';
import type { SearchableDocument } from '../../core/search/types';
import { generatedLibrary } from './corpus';
import { percentile, report } from './measure';
import { benchQueries, type BenchQuery } from './searchQueries';

type Row = { id: number; title: string; heading: string; body: string };

function rows(docs: SearchableDocument[]): Row[] {
  const out: Row[] = [];
  for (const doc of docs) for (const s of doc.sections) out.push({ id: out.length, title: doc.meta.title, heading: s.heading, body: s.text });
  return out;
}

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

async function latencies(queries: BenchQuery[], run: (q: BenchQuery) => unknown): Promise<number[]> {
  for (const q of queries.slice(0, 20)) await run(q); // warm-up
  const samples: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await run(q);
    samples.push(performance.now() - started);
  }
  return samples;
}

function reportAll(prefix: string, n: number, build: number, bytes: number, load: number, samples: number[]) {
  report(`${prefix}.build.ms.${n}`, build, 'ms');
  report(`${prefix}.index.bytes.${n}`, bytes, 'bytes');
  report(`${prefix}.load.ms.${n}`, load, 'ms');
  report(`${prefix}.query.p50.ms.${n}`, percentile(samples, 50), 'ms');
  report(`${prefix}.query.p95.ms.${n}`, percentile(samples, 95), 'ms');
}

async function benchOurs(n: number, docs: SearchableDocument[], queries: BenchQuery[]) {
  const [built, build] = time(() => buildSearchIndex(docs));
  const json = JSON.stringify(built.index);
  const postings = built.postings.slice();
  const texts = new InMemorySectionTexts(built.texts);
  const [engine, load] = time(() => SearchEngine.load(JSON.parse(json), postings, texts));
  const samples = await latencies(queries, (q) => engine.search(q.text, { limit: 20, prefixLastWord: q.prefix }));
  reportAll('search', n, build, Buffer.byteLength(json) + postings.byteLength, load, samples);
  report(`search.text.bytes.${n}`, built.texts.reduce((sum, t) => sum + Buffer.byteLength(JSON.stringify(t)), 0), 'bytes');
}

async function benchLunr(n: number, docs: SearchableDocument[], queries: BenchQuery[]) {
  const [index, build] = time(() =>
    lunr(function () {
      this.use(lunrIndonesian);
      this.ref('ref');
      this.field('title', { boost: 8 });
      this.field('heading', { boost: 4 });
      this.field('body');
      docs.forEach((doc, i) => this.add({ ref: String(i), title: doc.meta.title, heading: doc.sections.map((s) => s.heading).join('\n'), body: doc.sections.map((s) => s.text).join('\n') }));
    }),
  );
  const json = JSON.stringify(index);
  const [loaded, load] = time(() => lunr.Index.load(JSON.parse(json)));
  const samples = await latencies(queries, (q) =>
    loaded.query((query) => {
      for (const term of indonesianQueryTerms(q.text.replace(/\w+:\S+|"/g, ''))) {
        query.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED, wildcard: q.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
      }
    }),
  );
  reportAll('peer.lunr', n, build, Buffer.byteLength(json), load, samples);
}

async function benchMiniSearch(n: number, data: Row[], queries: BenchQuery[]) {
  const options = { fields: ['title', 'heading', 'body'], searchOptions: { boost: { title: 8, heading: 4 } } };
  const [mini, build] = time(() => {
    const m = new MiniSearch<Row>(options);
    m.addAll(data);
    return m;
  });
  const json = JSON.stringify(mini);
  const [loaded, load] = time(() => MiniSearch.loadJSON<Row>(json, options));
  const samples = await latencies(queries, (q) => loaded.search(q.text.replace(/\w+:\S+|"/g, ''), { prefix: q.prefix, fuzzy: q.prefix ? false : 0.2, combineWith: 'AND' }));
  reportAll('peer.minisearch', n, build, Buffer.byteLength(json), load, samples);
}

async function benchFlexSearch(n: number, data: Row[], queries: BenchQuery[]) {
  const config = { document: { id: 'id' as const, index: ['title' as const, 'heading' as const, 'body' as const] }, tokenize: 'forward' as const };
  const [flex, build] = time(() => {
    const f = new Document<Row>(config);
    for (const row of data) f.add(row);
    return f;
  });
  const chunks: [string, string][] = [];
  flex.export((key: string, value: string) => {
    chunks.push([key, value]);
  });
  const bytes = chunks.reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v ?? ''), 0);
  const [loaded, load] = time(() => {
    const f = new Document<Row>(config);
    for (const [key, value] of chunks) f.import(key, value);
    return f;
  });
  const samples = await latencies(queries, (q) => loaded.search(q.text.replace(/\w+:\S+|"/g, ''), { limit: 20 }));
  reportAll('peer.flexsearch', n, build, bytes, load, samples);
}

export async function benchSearch(repoRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const library = await compileLibrary(await generatedLibrary(repoRoot, n));
    const docs: SearchableDocument[] = library.documents.map((d) => ({ meta: d.meta, sections: d.sections }));
    const queries = benchQueries(docs);
    await benchOurs(n, docs, queries);
    // lunr's own index at 30,000 documents takes many minutes to build; 3,000 makes the point.
    if (n <= 3000) await benchLunr(n, docs, queries);
    const data = rows(docs);
    await benchMiniSearch(n, data, queries);
    await benchFlexSearch(n, data, queries);
  }
}
