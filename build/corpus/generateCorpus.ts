/**
 * `npm run gen:corpus -- --docs 3000 --out <folder> [--seed 42] [--clean]`
 * Writes a deterministic synthetic library (praktik/, panduan/, seminar/, glosarium/) in the same
 * format as content/, for benchmarks and scale tests. Documents are written one at a time, so
 * 30,000 documents need little more memory than their plan. Every document is `illustrative: true`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { iterateCorpus } from './corpus';
import { FOLDERS } from './plan';
import type { CorpusDocType } from './writer';

export { buildDocument, generateCorpus, iterateCorpus, type CorpusFile, type GeneratedDocument } from './corpus';
export { planCorpus, type CorpusOptions } from './plan';
export type { PlannedDoc } from './document';

export interface CorpusStats {
  documents: number;
  byType: Record<CorpusDocType, number>;
  totalBytes: number;
  minBytes: number;
  maxBytes: number;
}

export function emptyStats(): CorpusStats {
  return { documents: 0, byType: { practice: 0, guide: 0, seminar: 0, glossary: 0 }, totalBytes: 0, minBytes: Infinity, maxBytes: 0 };
}

export function addToStats(stats: CorpusStats, type: CorpusDocType, bytes: number): void {
  stats.documents += 1;
  stats.byType[type] += 1;
  stats.totalBytes += bytes;
  stats.minBytes = Math.min(stats.minBytes, bytes);
  stats.maxBytes = Math.max(stats.maxBytes, bytes);
}

export function formatStats(stats: CorpusStats): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const { byType: t } = stats;
  const avg = stats.documents ? stats.totalBytes / stats.documents : 0;
  return (
    `${stats.documents} dokumen (praktik ${t.practice}, panduan ${t.guide}, seminar ${t.seminar}, glosarium ${t.glossary}), ` +
    `total ${(stats.totalBytes / 1024 / 1024).toFixed(1)} MB (${stats.totalBytes} B), rata-rata ${kb(avg)}, ` +
    `min ${kb(stats.minBytes)}, maks ${kb(stats.maxBytes)}`
  );
}

function integerArg(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} harus bilangan bulat ≥ ${min}, bukan "${value}"`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '3000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      clean: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log('Pemakaian: tsx build/corpus/generateCorpus.ts --docs <n> --out <folder> [--seed 42] [--clean]');
    if (!values.out && !values.help) process.exitCode = 1;
    return;
  }
  const docs = integerArg('docs', values.docs, 1);
  const seed = integerArg('seed', values.seed, 0);
  const out = path.resolve(values.out);
  const started = performance.now();

  for (const folder of Object.values(FOLDERS)) {
    const dir = path.join(out, folder);
    if (values.clean) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  if (!values.clean) {
    const stale = Object.values(FOLDERS).reduce((n, folder) => n + readdirSync(path.join(out, folder)).length, 0);
    if (stale > 0) console.warn(`Peringatan: ${out} sudah berisi ${stale} berkas; berkas lama yang tidak ditimpa tetap ada (pakai --clean).`);
  }

  const stats = emptyStats();
  for (const doc of iterateCorpus({ docs, seed })) {
    writeFileSync(path.join(out, doc.path), doc.text);
    addToStats(stats, doc.type, Buffer.byteLength(doc.text));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Korpus sintetis (seed ${seed}): ${formatStats(stats)}, ${seconds} s → ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
