/**
 * The sources part of the contract (spread into `api` in core/api.ts): the list of library
 * sources, adding a folder, renaming, enabling, removing, re-indexing, problems, and the search
 * segments the renderer's worker loads.
 */
import { z } from 'zod';
import { call, NoInput } from '../contractCall';
import { SourceIdSchema } from './documentKey';
import type { SearchSegments, SourceInfo, SourceProblem } from './types';

const SourceName = z
  .string()
  .trim()
  .min(1, 'nama sumber tidak boleh kosong')
  .max(80, 'nama sumber paling panjang 80 karakter')
  .regex(/\p{L}|\p{N}/u, 'nama sumber harus berisi huruf atau angka');
/** A path relative to a source's root, as `SourceProblem.file` gives it. */
const RelativeFile = z
  .string()
  .min(1)
  .max(1024)
  .refine((p) => !p.split(/[\\/]/).includes('..') && !/^([a-zA-Z]:|[\\/])/.test(p) && !p.includes('\0'), 'jalur berkas tidak valid');

export const sourcesApi = {
  'sources:list': call(NoInput).returns<{ sources: SourceInfo[] }>(),
  /**
   * Electron shows the native folder picker when `path` is absent (cancelled: `source` absent);
   * the e2e harness and tests pass an absolute path.
   */
  'sources:addFolder': call(z.object({ path: z.string().min(1).max(4096).optional(), name: SourceName.optional() }).strict()).returns<{
    source?: SourceInfo;
    cancelled?: boolean;
  }>(),
  'sources:rename': call(z.object({ id: SourceIdSchema, name: SourceName }).strict()).returns<{ source: SourceInfo }>(),
  'sources:setEnabled': call(z.object({ id: SourceIdSchema, enabled: z.boolean() }).strict()).returns<{ source: SourceInfo }>(),
  /** Forgets the source and deletes its cache; never touches the user's files. Notes are kept. */
  'sources:remove': call(z.object({ id: SourceIdSchema }).strict()).returns<{ removed: boolean; notesKept: number }>(),
  'sources:reindex': call(z.object({ id: SourceIdSchema }).strict()).returns<{ source: SourceInfo }>(),
  'sources:cancel': call(z.object({ id: SourceIdSchema }).strict()).returns<{ cancelled: boolean }>(),
  'sources:problems': call(z.object({ id: SourceIdSchema }).strict()).returns<{ problems: SourceProblem[] }>(),
  /** "Tampilkan di folder" (Electron's shell.showItemInFolder); false where the host cannot. */
  'sources:revealFile': call(z.object({ id: SourceIdSchema, file: RelativeFile.optional() }).strict()).returns<{ shown: boolean }>(),
  /** "Buka berkas": opens the file in the system's default app; false where the host cannot. */
  'sources:openFile': call(z.object({ id: SourceIdSchema, file: RelativeFile }).strict()).returns<{ opened: boolean }>(),
  'search:segments': call(NoInput).returns<SearchSegments>(),
} as const;
