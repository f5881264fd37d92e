/**
 * `manifest.json` in a folder source's cache: what was indexed (per file: size, time, document
 * key, segment, problems), which segments exist and which of their keys are hidden. Written
 * durably and checksummed after every segment, so the cache on disk is always one consistent
 * state. A manifest that is missing, damaged, of another version or of another source is not
 * trusted: the caller starts clean.
 */
import path from 'node:path';
import { z } from 'zod';
import { decodeChecksummed, encodeChecksummed } from '../../storage/durable/checksummedJson';
import type { DurableFs } from '../../storage/durable/durableFs';
import { readTextIfExists, writeFileDurably } from '../../storage/durable/writeFileDurably';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_VERSION = 1;
export const DELTA_SEGMENT = 'delta';

const Localized = z.object({ id: z.string(), en: z.string() });
const Problem = z.object({ file: z.string(), line: z.number().int().positive().optional(), message: Localized });

const FileRecordSchema = z.object({
  kind: z.enum(['document', 'asset']),
  size: z.number(),
  mtimeMs: z.number(),
  /** Pass 1: the id and title the file declares (documents that could be read). */
  id: z.string().optional(),
  title: z.string().optional(),
  /** The document key, when the file is in a segment. */
  key: z.string().optional(),
  segment: z.string().optional(),
  problems: z.array(Problem).optional(),
  /** Another file (first by path) already has this id: this one is left out until that changes. */
  duplicateOf: z.string().optional(),
  /** Assets the document references (to recompile it when one appears or changes). */
  assets: z.array(z.string()).optional(),
});

const SegmentRecordSchema = z.object({
  name: z.string().regex(/^(seg-\d+|delta)$/),
  version: z.string(),
  documentCount: z.number().int().nonnegative(),
  hidden: z.array(z.string()),
});

const ManifestSchema = z.object({
  formatVersion: z.literal(MANIFEST_VERSION),
  sourceId: z.string(),
  indexedAt: z.string().nullable(),
  nextSegment: z.number().int().nonnegative(),
  files: z.record(z.string(), FileRecordSchema),
  segments: z.array(SegmentRecordSchema),
  /** Folders that could not be read. */
  scanProblems: z.array(Problem),
});

export type FileRecord = z.infer<typeof FileRecordSchema>;
export type SegmentRecord = z.infer<typeof SegmentRecordSchema>;
export type CacheManifest = z.infer<typeof ManifestSchema>;

export function emptyManifest(sourceId: string): CacheManifest {
  return { formatVersion: MANIFEST_VERSION, sourceId, indexedAt: null, nextSegment: 0, files: {}, segments: [], scanProblems: [] };
}

/** The manifest, or null when there is none worth trusting. */
export async function readManifest(fs: DurableFs, cacheDir: string, sourceId: string): Promise<CacheManifest | null> {
  let text: string | null;
  try {
    text = await readTextIfExists(fs, path.join(cacheDir, MANIFEST_FILE));
  } catch {
    return null;
  }
  if (text === null) return null;
  const decoded = decodeChecksummed(text);
  if (!decoded.ok || decoded.legacy) return null;
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(decoded.payload));
    return parsed.success && parsed.data.sourceId === sourceId ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeManifest(fs: DurableFs, cacheDir: string, manifest: CacheManifest): Promise<void> {
  await fs.mkdir(cacheDir, { recursive: true });
  await writeFileDurably(fs, path.join(cacheDir, MANIFEST_FILE), encodeChecksummed(JSON.stringify(manifest)));
}
