/**
 * A session pack (paket sesi): the ordered documents (or single sections) a trainer presents in
 * one session, with its title, date, audience and duration. The same schemas check what the
 * renderer sends, what is on disk and what a trainer imports from a JSON file.
 */
import { z } from 'zod';

// Same pattern as DocumentIdSchema in core/api.ts (which imports this file, so it cannot be reused here).
const DocId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id dokumen hanya boleh berisi huruf kecil, angka dan tanda hubung');

export const PackIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'id paket tidak valid');

export const PackItemSchema = z
  .object({
    docId: DocId,
    /** A heading id: only that section's slides. Absent: the whole document. */
    sectionId: z.string().regex(/^[a-z0-9-]{1,120}$/, 'id bagian tidak valid').optional(),
  })
  .strict();

export const PackDraftSchema = z
  .object({
    title: z.string().trim().min(1, 'judul paket wajib diisi').max(200),
    /** YYYY-MM-DD, or '' when not yet known. */
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat TTTT-BB-HH')]),
    audience: z.string().max(300),
    trainer: z.string().max(200),
    durationMinutes: z.number().int().min(0).max(24 * 60),
    items: z.array(PackItemSchema).max(200),
  })
  .strict();

export const SessionPackSchema = PackDraftSchema.extend({
  id: PackIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Shipped with the app (content/paket/): read-only; it can be presented, printed and duplicated. */
  bundled: z.literal(true).optional(),
}).strict();

export type PackItem = z.infer<typeof PackItemSchema>;
export type PackDraft = z.infer<typeof PackDraftSchema>;
export type SessionPack = z.infer<typeof SessionPackSchema>;

export const PACK_FILE_FORMAT = 'pustaka-inovasi/paket-sesi';

/** What an exported file holds: the pack without its local id and timestamps. */
export const PackFileSchema = z
  .object({
    format: z.literal(PACK_FILE_FORMAT),
    version: z.literal(1),
    pack: PackDraftSchema,
  })
  .strict();

export type PackFile = z.infer<typeof PackFileSchema>;

export function toPackFile(pack: SessionPack): PackFile {
  const { id: _id, createdAt: _c, updatedAt: _u, bundled: _b, ...draft } = pack;
  return { format: PACK_FILE_FORMAT, version: 1, pack: draft };
}

/** A file name a trainer recognises: the pack's title, slugged. */
export function packFileName(pack: Pick<SessionPack, 'title'>): string {
  const slug = pack.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `paket-sesi-${slug || 'tanpa-judul'}.json`;
}

/** Which presentation a position or a sync message belongs to. */
export const DeckKeySchema = z.string().regex(/^(dokumen|paket):[a-z0-9][a-z0-9-]{0,119}$/, 'kunci dek tidak valid');
