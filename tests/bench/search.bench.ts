/**
 * search.{build,index.bytes,load,query.p50,query.p95}.N for our engine, and the same for
 * MiniSearch and FlexSearch (peers for comparison, without Indonesian stemming) on the same
 * sections and queries. Peers get lower-casing, prefix search and their own defaults.
 * peer.lunr.* is lunr's own index (serialized and loaded with lunr.Index.load, one entry per
 * document, our Indonesian plugin): the design we left, measured so the choice stays honest.
 * Each engine loads and answers in a worker thread of its own (searchInFreshHeap.ts).
 * Our index.bytes counts what must load before the first query (index JSON + postings); the
 * per-document section texts, fetched only for hits shown, are search.text.bytes.N.
 * search.{load,query.p50,query.p95}.ms.multi: the bundled library and a 3,000-document folder in
 * segments of 1,000, searched as one, as the app's worker does once a folder is added.
 */
import { Document } from 'flexsearch';
import path from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { compileLibrary } from '../../build/content/compile';
import { buildSearchIndex } from '../../core/search/fulltext';
import { lunrIndonesian } from '../../core/search/indonesian';
import type { SearchableDocument } from '../../core/search/types';
import { generatedLibrary } from './corpus';
import { percentile, report } from './measure';
import { loadAndQueryInFreshHeap } from './searchInFreshHeap';
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

function reportAll(prefix: string, n: number, build: number, bytes: number, load: number, samples: number[]) {
  report(`${prefix}.build.ms.${n}`, build, 'ms');
  report(`${prefix}.index.bytes.${n}`, bytes, 'bytes');
  report(`${prefix}.load.ms.${n}`, load, 'ms');
  report(`${prefix}.query.p50.ms.${n}`, percentile(samples, 50), 'ms');
  report(`${prefix}.query.p95.ms.${n}`, percentile(samples, 95), 'ms');
}

async function benchOurs(n: number, docs: SearchableDocument[], queries: BenchQuery[], warmUp: BenchQuery[]) {
  const [built, build] = time(() => buildSearchIndex(docs));
  const json = JSON.stringify(built.index);
  const { load, samples } = await loadAndQueryInFreshHeap({ kind: 'ours', json, postings: built.postings, texts: JSON.stringify(built.texts) }, queries, warmUp);
  reportAll('search', n, build, Buffer.byteLength(json) + built.postings.byteLength, load, samples);
  report(`search.text.bytes.${n}`, built.texts.reduce((sum, t) => sum + Buffer.byteLength(JSON.stringify(t)), 0), 'bytes');
}

async function benchLunr(n: number, docs: SearchableDocument[], queries: BenchQuery[], warmUp: BenchQuery[]) {
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
  const { load, samples } = await loadAndQueryInFreshHeap({ kind: 'lunr', json }, queries, warmUp);
  reportAll('peer.lunr', n, build, Buffer.byteLength(json), load, samples);
}

async function benchMiniSearch(n: number, data: Row[], queries: BenchQuery[], warmUp: BenchQuery[]) {
  const options = { fields: ['title', 'heading', 'body'], searchOptions: { boost: { title: 8, heading: 4 } } };
  const [mini, build] = time(() => {
    const m = new MiniSearch<Row>(options);
    m.addAll(data);
    return m;
  });
  const json = JSON.stringify(mini);
  const { load, samples } = await loadAndQueryInFreshHeap({ kind: 'minisearch', json, options }, queries, warmUp);
  reportAll('peer.minisearch', n, build, Buffer.byteLength(json), load, samples);
}

/** Past this many documents FlexSearch's export is longer than V8's longest string and Node aborts. */
const FLEXSEARCH_EXPORT_LIMIT = 3000;

async function benchFlexSearch(n: number, data: Row[], queries: BenchQuery[], warmUp: BenchQuery[]) {
  const config = { document: { id: 'id' as const, index: ['title' as const, 'heading' as const, 'body' as const] }, tokenize: 'forward' as const };
  if (n > FLEXSEARCH_EXPORT_LIMIT) {
    // Built and queried in its worker; no index bytes or load time exist to report.
    const { load: build, samples } = await loadAndQueryInFreshHeap({ kind: 'flexsearch-unexported', rows: data, config }, queries, warmUp);
    console.error(`peer.flexsearch at ${n}: its export would exceed V8's maximum string length; build and queries only`);
    report(`peer.flexsearch.build.ms.${n}`, build, 'ms');
    report(`peer.flexsearch.query.p50.ms.${n}`, percentile(samples, 50), 'ms');
    report(`peer.flexsearch.query.p95.ms.${n}`, percentile(samples, 95), 'ms');
    return;
  }
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
  const { load, samples } = await loadAndQueryInFreshHeap({ kind: 'flexsearch', chunks, config }, queries, warmUp);
  reportAll('peer.flexsearch', n, build, bytes, load, samples);
}

/** What the index is built from, without the rendered HTML (which at 30,000 documents is most of the heap). */
async function searchableDocuments(repoRoot: string, n: number): Promise<SearchableDocument[]> {
  const library = await compileLibrary(await generatedLibrary(repoRoot, n));
  return library.documents.map((d) => ({ meta: d.meta, sections: d.sections }));
}

/** A folder source's segments hold at most this many documents (as the host writes them). */
const SEGMENT_DOCUMENTS = 1000;

/**
 * search.query.p95.ms.multi: the bundled library plus a 3,000-document folder indexed as segments
 * of at most 1,000, answering as one (MultiSourceSearch), queries drawn from the folder.
 */
export async function benchMulti(repoRoot: string, folder: SearchableDocument[]) {
  const bundled = await compileLibrary(path.join(repoRoot, 'content'));
  const keyed = folder.map((d) => ({ ...d, meta: { ...d.meta, id: `folder-bench~${d.meta.id}` } }));
  const indexes: { key: string; source: string; docs: SearchableDocument[] }[] = [{ key: 'bawaan', source: 'bawaan', docs: bundled.documents.map((d) => ({ meta: d.meta, sections: d.sections, speakerNotes: d.speakerNotes })) }];
  for (let from = 0; from < keyed.length; from += SEGMENT_DOCUMENTS) {
    indexes.push({ key: `folder-bench/seg-${from / SEGMENT_DOCUMENTS}`, source: 'folder-bench', docs: keyed.slice(from, from + SEGMENT_DOCUMENTS) });
  }
  const parts = indexes.map(({ key, source, docs }) => {
    const built = buildSearchIndex(docs);
    return { key, source, json: JSON.stringify(built.index), postings: built.postings, texts: JSON.stringify(built.texts) };
  });
  const queries = benchQueries(folder);
  const { load, samples } = await loadAndQueryInFreshHeap({ kind: 'multi', parts }, queries, benchQueries(folder, 60, 8));
  report('search.load.ms.multi', load, 'ms');
  report('search.query.p50.ms.multi', percentile(samples, 50), 'ms');
  report('search.query.p95.ms.multi', percentile(samples, 95), 'ms');
}

export async function benchSearch(repoRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const docs = await searchableDocuments(repoRoot, n);
    const queries = benchQueries(docs);
    const warmUp = benchQueries(docs, 60, 8);
    await benchOurs(n, docs, queries, warmUp);
    if (n === 3000) await benchMulti(repoRoot, docs);
    // lunr's own index at 30,000 documents takes many minutes to build; 3,000 makes the point.
    if (n <= 3000) await benchLunr(n, docs, queries, warmUp);
    const data = rows(docs);
    await benchMiniSearch(n, data, queries, warmUp);
    await benchFlexSearch(n, data, queries, warmUp);
  }
}
