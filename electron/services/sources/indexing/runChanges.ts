/**
 * One indexing run over a change plan. Small changes are compiled into the `delta` segment (every
 * document changed since the last full build), their older keys hidden in the base segments that
 * hold them. A cold folder, a rebuild, or a delta past COMPACT_AT documents is packed into base
 * segments of up to SEGMENT_SIZE documents, compiled in parallel by the worker pool:
 * - cold (nothing to replace): each segment is committed and announced as soon as it is written,
 *   the first one small, so the first results come fast;
 * - compaction or rebuild: the new segments replace the affected ones in one commit at the end,
 *   so search never sees a document twice or not at all.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from '../../../../core/content/schema';
import type { SourceProblem, SourceProgress } from '../../../../core/sources/types';
import { DELTA_SEGMENT, type CacheManifest, type FileRecord, type SegmentRecord } from './cacheManifest';
import { decodeFile, peekFile } from './folderCompiler';
import type { IndexWorkerPool } from './IndexWorkerPool';
import { folderEntries, settleOwnership, type ChangePlan } from './planChanges';
import { problemMessages } from './problemMessages';
import type { BuiltFile, PeekResult, WorkerReply } from './workerProtocol';

export const COMPACT_AT = 300;
export const FIRST_SEGMENT_SIZE = 200;
export const SEGMENT_SIZE = 1000;
/** Fewer dirty files than this are peeked on the main thread: a worker round trip costs more. */
const PEEK_HERE_UP_TO = 8;

export interface RunContext {
  sourceId: string;
  root: string;
  cacheDir: string;
  bundled: { id: string; title: string }[];
  manifest: CacheManifest;
  listings: Map<string, DocumentMeta[]>;
  pool: IndexWorkerPool;
  cancelBuffer: SharedArrayBuffer;
  progress(phase: SourceProgress['phase'], done: number, total: number, currentFile?: string): void;
  /** Writes the manifest (serialised by the caller's single run at a time). */
  save(): Promise<void>;
  /** Segments or documents changed (a cold build announces each segment). */
  changed(): void;
}

/** `announced`: changed, and `changed()` was already called for it. */
export type RunOutcome = 'changed' | 'announced' | 'unchanged' | 'cancelled';

let jobIds = 0;
const isCancelled = (ctx: RunContext) => Atomics.load(new Int32Array(ctx.cancelBuffer), 0) !== 0;
const newVersion = () => `${Date.now().toString(36)}-${(jobIds++).toString(36)}`;

export async function runChanges(ctx: RunContext, plan: ChangePlan, force: boolean, folderProblems: SourceProblem[] | null): Promise<RunOutcome> {
  await peekDirty(ctx, plan);
  if (isCancelled(ctx)) return 'cancelled';
  settleOwnership(plan);
  const m = ctx.manifest;
  const scanProblems = folderProblems ?? m.scanProblems;
  const hasBase = m.segments.some((s) => s.name !== DELTA_SEGMENT);
  const deltaFiles = new Set(plan.dirty);
  for (const [file, record] of Object.entries(plan.draft)) if (record.segment === DELTA_SEGMENT && record.key) deltaFiles.add(file);
  if (force || (!hasBase && plan.dirty.size > 0) || deltaFiles.size > COMPACT_AT) return pack(ctx, plan, force, scanProblems);
  if (plan.dirty.size === 0 && !plan.deltaTouched) {
    if (!plan.touched && JSON.stringify(scanProblems) === JSON.stringify(m.scanProblems)) return 'unchanged';
    commit(m, plan, scanProblems);
    await ctx.save();
    return 'changed';
  }
  return buildDelta(ctx, plan, [...deltaFiles].sort(), scanProblems);
}

async function peekHere(root: string, file: string): Promise<PeekResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, file));
  } catch (error) {
    return { file, problem: { file, message: problemMessages.unreadable((error as NodeJS.ErrnoException).code) } };
  }
  const decoded = decodeFile(bytes, file);
  return 'problem' in decoded ? { file, problem: decoded.problem } : { file, ...peekFile(file, decoded.text) };
}

/** Pass 1 for the dirty files: their id and title (or why they cannot be read). */
async function peekDirty(ctx: RunContext, plan: ChangePlan): Promise<void> {
  const files = [...plan.dirty].sort();
  if (!files.length) return;
  ctx.progress('scanning', 0, files.length);
  let results: PeekResult[];
  if (files.length <= PEEK_HERE_UP_TO) {
    results = await Promise.all(files.map((file) => peekHere(ctx.root, file)));
  } else {
    const per = Math.ceil(files.length / ctx.pool.size);
    const chunks = Array.from({ length: ctx.pool.size }, (_, i) => files.slice(i * per, (i + 1) * per)).filter((c) => c.length);
    const replies = await Promise.all(chunks.map((chunk) => ctx.pool.run({ kind: 'peek', jobId: jobIds++, root: ctx.root, files: chunk, cancel: ctx.cancelBuffer })));
    results = replies.flatMap((reply) => (reply.kind === 'peeked' ? reply.results : []));
  }
  for (const result of results) {
    const record = plan.draft[result.file]!;
    if ('problem' in result) {
      plan.draft[result.file] = { ...record, problems: [result.problem] };
      plan.dirty.delete(result.file);
    } else {
      plan.draft[result.file] = { ...record, id: result.id, title: result.title };
    }
  }
}

function built(reply: WorkerReply): Extract<WorkerReply, { kind: 'built' }> {
  if (reply.kind !== 'built') throw new Error(`unexpected worker reply: ${reply.kind}`);
  return reply;
}

function applyResults(draft: Record<string, FileRecord>, results: BuiltFile[], segment: string): DocumentMeta[] {
  const metas: DocumentMeta[] = [];
  for (const result of results) {
    const record = draft[result.file]!;
    const next: FileRecord = { kind: 'document', size: record.size, mtimeMs: record.mtimeMs };
    if (record.id !== undefined) next.id = record.id;
    if (record.title !== undefined) next.title = record.title;
    if (result.key) {
      next.key = result.key;
      next.segment = segment;
    }
    if (result.problems.length) next.problems = result.problems;
    if (result.assets.length) next.assets = result.assets;
    draft[result.file] = next;
    if (result.meta) metas.push(result.meta);
  }
  return metas;
}

function commit(m: CacheManifest, plan: ChangePlan, scanProblems: SourceProblem[]): void {
  m.files = plan.draft;
  m.scanProblems = scanProblems;
  for (const [name, keys] of plan.hide) {
    const segment = m.segments.find((s) => s.name === name);
    if (segment) segment.hidden = [...new Set([...segment.hidden, ...keys])];
  }
}

function buildRequest(ctx: RunContext, plan: ChangePlan, segment: string, files: string[], reusable: (file: string) => boolean) {
  return {
    kind: 'build' as const,
    jobId: jobIds++,
    sourceId: ctx.sourceId,
    root: ctx.root,
    cacheDir: ctx.cacheDir,
    segment,
    files: files.map((file) => ({ file, size: plan.draft[file]!.size, mtimeMs: plan.draft[file]!.mtimeMs, reusable: reusable(file) })),
    entries: folderEntries(plan.draft),
    bundled: ctx.bundled,
    assets: Object.keys(plan.draft).filter((file) => plan.draft[file]!.kind === 'asset'),
    cancel: ctx.cancelBuffer,
  };
}

const entriesSignature = (files: Record<string, FileRecord>) =>
  folderEntries(files)
    .map((e) => `${e.file}\u0000${e.id}\u0000${e.title}`)
    .sort()
    .join('\u0001');

async function buildDelta(ctx: RunContext, plan: ChangePlan, files: string[], scanProblems: SourceProblem[]): Promise<RunOutcome> {
  const m = ctx.manifest;
  // Unchanged delta documents are reused from the worker's memory unless a title or id they may link to changed.
  const linksChanged = entriesSignature(m.files) !== entriesSignature(plan.draft);
  let segment: SegmentRecord | null = null;
  let metas: DocumentMeta[] = [];
  if (files.length) {
    let done = 0;
    ctx.progress('compiling', 0, plan.dirty.size);
    const request = buildRequest(ctx, plan, DELTA_SEGMENT, files, (file) => !linksChanged && !plan.dirty.has(file));
    const reply = built(await ctx.pool.run(request, (file) => ctx.progress('compiling', ++done, plan.dirty.size, file), 0));
    if (reply.cancelled) return 'cancelled';
    metas = applyResults(plan.draft, reply.results, DELTA_SEGMENT);
    segment = { name: DELTA_SEGMENT, version: newVersion(), documentCount: reply.documentCount, hidden: [] };
  }
  commit(m, plan, scanProblems);
  m.segments = m.segments.filter((s) => s.name !== DELTA_SEGMENT);
  if (segment) {
    m.segments.push(segment);
    ctx.listings.set(DELTA_SEGMENT, metas);
  } else {
    ctx.listings.delete(DELTA_SEGMENT);
  }
  // Searchable as soon as the segment is on disk and committed in memory. The manifest follows:
  // should writing it fail, the next start finds the file changed again and redoes this.
  ctx.changed();
  await ctx.save();
  if (!segment) await rm(path.join(ctx.cacheDir, DELTA_SEGMENT), { recursive: true, force: true });
  return 'announced';
}

async function pack(ctx: RunContext, plan: ChangePlan, force: boolean, scanProblems: SourceProblem[]): Promise<RunOutcome> {
  const m = ctx.manifest;
  const affected = new Set(plan.hide.keys());
  for (const segment of m.segments) if (force || segment.name === DELTA_SEGMENT) affected.add(segment.name);
  const files = new Set(plan.dirty);
  for (const [file, record] of Object.entries(plan.draft)) if (record.key && record.segment && affected.has(record.segment)) files.add(file);
  const swap = affected.size > 0;
  const ordered = [...files].sort();
  const chunks = planSegments(ordered, !swap && m.segments.length === 0, ctx.pool.size);
  const total = ordered.length;
  let done = 0;
  let cancelled = false;
  const created: SegmentRecord[] = [];
  let saving = Promise.resolve();
  ctx.progress('compiling', 0, total);
  try {
    await Promise.all(
      chunks.map(async (chunk) => {
        const name = `seg-${m.nextSegment++}`;
        const request = buildRequest(ctx, plan, name, chunk, () => false);
        const reply = built(await ctx.pool.run(request, (file) => ctx.progress('compiling', ++done, total, file)));
        if (reply.cancelled) {
          cancelled = true;
          return;
        }
        const metas = applyResults(plan.draft, reply.results, name);
        const segment: SegmentRecord = { name, version: newVersion(), documentCount: reply.documentCount, hidden: [] };
        created.push(segment);
        ctx.listings.set(name, metas);
        if (swap) return;
        for (const result of reply.results) m.files[result.file] = plan.draft[result.file]!;
        m.segments.push(segment);
        saving = saving.then(() => ctx.save());
        await saving;
        ctx.changed();
      }),
    );
  } catch (error) {
    if (swap) await discard(ctx, created);
    throw error;
  }
  if (cancelled) {
    if (swap) await discard(ctx, created);
    return 'cancelled';
  }
  const replaced = m.segments.filter((s) => affected.has(s.name));
  commit(m, plan, scanProblems);
  if (swap) m.segments = [...m.segments.filter((s) => !affected.has(s.name)), ...created];
  m.indexedAt = new Date().toISOString();
  await ctx.save();
  await discard(ctx, replaced);
  return 'changed';
}

/**
 * Cuts the files into segments: a small first one when nothing is searchable yet, then equal
 * parts of at most SEGMENT_SIZE, as many as keep every worker busy to the end.
 */
export function planSegments(files: string[], smallFirst: boolean, workers: number): string[][] {
  const chunks: string[][] = [];
  let at = 0;
  if (smallFirst && files.length > FIRST_SEGMENT_SIZE) {
    chunks.push(files.slice(0, FIRST_SEGMENT_SIZE));
    at = FIRST_SEGMENT_SIZE;
  }
  const rest = files.length - at;
  let parts = Math.ceil(rest / SEGMENT_SIZE);
  if (parts > 1 && parts % workers !== 0) parts += workers - (parts % workers);
  const size = Math.ceil(rest / Math.max(parts, 1));
  for (; at < files.length; at += size) chunks.push(files.slice(at, at + size));
  return chunks;
}

async function discard(ctx: RunContext, segments: SegmentRecord[]): Promise<void> {
  for (const { name } of segments) {
    ctx.listings.delete(name);
    await rm(path.join(ctx.cacheDir, name), { recursive: true, force: true });
  }
}
