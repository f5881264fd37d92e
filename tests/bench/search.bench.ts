/**
 * search.{build,index.bytes,load,query.p50,query.p95}.N for our engine, and the same for
 * MiniSearch and FlexSearch (peers for comparison, without Indonesian stemming) on the same
 * sections and queries. Peers get lower-casing, prefix search and their own defaults.
 */
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { compileLibrary } from '../../build/content/compile';
import { buildSearchIndex, SearchEngine } from '../../core/search/fulltext';
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

function latencies(queries: BenchQuery[], run: (q: BenchQuery) => unknown): number[] {
  for (const q of queries.slice(0, 20)) run(q); // warm-up
  return queries.map((q) => time(() => run(q))[1]);
}

function reportAll(prefix: string, n: number, build: number, bytes: number, load: number, samples: number[]) {
  report(`${prefix}.build.ms.${n}`, build, 'ms');
  report(`${prefix}.index.bytes.${n}`, bytes, 'bytes');
  report(`${prefix}.load.ms.${n}`, load, 'ms');
  report(`${prefix}.query.p50.ms.${n}`, percentile(samples, 50), 'ms');
  report(`${prefix}.query.p95.ms.${n}`, percentile(samples, 95), 'ms');
}

function benchOurs(n: number, docs: SearchableDocument[], queries: BenchQuery[]) {
  const [index, build] = time(() => buildSearchIndex(docs));
  const json = JSON.stringify(index);
  const [engine, load] = time(() => SearchEngine.load(JSON.parse(json)));
  const samples = latencies(queries, (q) => engine.search(q.text, { limit: 20, prefixLastWord: q.prefix }));
  reportAll('search', n, build, Buffer.byteLength(json), load, samples);
}

function benchMiniSearch(n: number, data: Row[], queries: BenchQuery[]) {
  const options = { fields: ['title', 'heading', 'body'], searchOptions: { boost: { title: 8, heading: 4 } } };
  const [mini, build] = time(() => {
    const m = new MiniSearch<Row>(options);
    m.addAll(data);
    return m;
  });
  const json = JSON.stringify(mini);
  const [loaded, load] = time(() => MiniSearch.loadJSON<Row>(json, options));
  const samples = latencies(queries, (q) => loaded.search(q.text.replace(/\w+:\S+|"/g, ''), { prefix: q.prefix, fuzzy: q.prefix ? false : 0.2, combineWith: 'AND' }));
  reportAll('peer.minisearch', n, build, Buffer.byteLength(json), load, samples);
}

function benchFlexSearch(n: number, data: Row[], queries: BenchQuery[]) {
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
  const samples = latencies(queries, (q) => loaded.search(q.text.replace(/\w+:\S+|"/g, ''), { limit: 20 }));
  reportAll('peer.flexsearch', n, build, bytes, load, samples);
}

export async function benchSearch(repoRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const library = await compileLibrary(await generatedLibrary(repoRoot, n));
    const docs: SearchableDocument[] = library.documents.map((d) => ({ meta: d.meta, sections: d.sections }));
    const queries = benchQueries(docs);
    benchOurs(n, docs, queries);
    const data = rows(docs);
    benchMiniSearch(n, data, queries);
    benchFlexSearch(n, data, queries);
  }
}
