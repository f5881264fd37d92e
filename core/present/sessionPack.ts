/**
 * A session pack (paket sesi): the ordered documents (or single sections) a trainer presents in
 * one session, with its title, date, audience and duration. The same schemas check what the
 * renderer sends, what is on disk and what a trainer imports from a JSON file.
 */
import { z } from 'zod';
import { DOCUMENT_KEY_PATTERN, DocumentKeySchema } from '../sources/documentKey';
import { bilingual, describeIssues, describePath, type DescribeWhere, type LocalizedText } from '../inputIssues';

// A document key: a bundled document's plain id, or `<source>~<id>` for a folder or pack document.
const DocId = DocumentKeySchema;

export const PackIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'id paket tidak valid');

export const PackItemSchema = z
  .object({
    docId: DocId,
    /** A heading id: only that section's slides. Absent: the whole document. */
    sectionId: z.string().regex(/^[a-z0-9-]{1,120}$/, 'id bagian tidak valid').optional(),
  })
  .strict();

/** A real day of the calendar: 2026-02-29 and 2026-02-31 are refused, 2028-02-29 is not. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** At least one letter, digit, punctuation mark or symbol: not only spaces, control or invisible characters. */
export function hasPrintableText(text: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

const draftShape = {
  title: z.string().trim().min(1, 'judul paket wajib diisi').max(200),
  /** YYYY-MM-DD, or '' when not yet known. */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat TTTT-BB-HH')]),
  audience: z.string().max(300),
  trainer: z.string().max(200),
  durationMinutes: z.number().int().min(0).max(24 * 60),
  items: z.array(PackItemSchema).max(200),
};

/**
 * What the trainer sends and what a pack file holds: a title one can read and a date that exists.
 * Packs already on disk are read with the looser shape below, so a stricter rule never makes a
 * trainer's saved packs unreadable.
 */
export const PackDraftSchema = z
  .object({
    ...draftShape,
    title: draftShape.title
      .refine((title) => !title || hasPrintableText(title), { params: bilingual('harus berisi huruf atau angka yang terbaca', 'needs readable letters or digits') })
      .refine((title) => !CONTROL_CHARACTERS.test(title), { params: bilingual('berisi karakter kendali yang tidak terlihat', 'contains invisible control characters') }),
    date: draftShape.date.refine((date) => date === '' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || isCalendarDate(date), {
      params: bilingual('tanggal itu tidak ada di kalender', 'that date does not exist in the calendar'),
    }),
  })
  .strict();

export const SessionPackSchema = z
  .object({
    ...draftShape,
    id: PackIdSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Shipped with the app (content/paket/): read-only; it can be presented, printed and duplicated. */
    bundled: z.literal(true).optional(),
  })
  .strict();

export type PackItem = z.infer<typeof PackItemSchema>;
export type PackDraft = z.output<typeof PackDraftSchema>;
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

const PACK_FIELDS: Record<string, LocalizedText> = {
  title: { id: 'judul paket', en: 'pack title' },
  date: { id: 'tanggal', en: 'date' },
  audience: { id: 'peserta', en: 'audience' },
  trainer: { id: 'pelatih', en: 'trainer' },
  durationMinutes: { id: 'durasi', en: 'duration' },
  items: { id: 'daftar materi', en: 'list of material' },
  docId: { id: 'id dokumen', en: 'document id' },
  sectionId: { id: 'id bagian', en: 'section id' },
};

/** "pack.items.2.docId" said as "butir ke-3, id dokumen" / "item 3, document id". */
const packPlace: DescribeWhere = (path) => {
  const [top, field, index, inner] = path;
  if (top === 'version') return { id: 'versi berkas', en: 'file version' };
  if (top !== 'pack') return { id: describePath(path), en: describePath(path) };
  if (field === undefined) return { id: 'isi paket', en: 'pack contents' };
  if (field === 'items' && typeof index === 'number') {
    const item = { id: `butir ke-${index + 1}`, en: `item ${index + 1}` };
    const name = inner === undefined ? undefined : PACK_FIELDS[String(inner)];
    return name ? { id: `${item.id}, ${name.id}`, en: `${item.en}, ${name.en}` } : item;
  }
  return PACK_FIELDS[String(field)] ?? { id: describePath(path), en: describePath(path) };
};

export type ParsedPackFile = { ok: true; file: PackFile } | { ok: false; messages: LocalizedText };

/**
 * Reads a pack file a trainer picked. Refusals are plain sentences in both languages: never the
 * JSON parser's English text, never a raw code.
 */
export function parsePackFile(json: string): ParsedPackFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, messages: { id: 'isinya bukan JSON yang sah, mungkin berkasnya rusak atau bukan berkas paket sesi', en: 'its content is not valid JSON; the file may be damaged or not a session pack file' } };
  }
  const format = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).format : undefined;
  if (format !== PACK_FILE_FORMAT) {
    return { ok: false, messages: { id: 'berkas ini bukan paket sesi Pustaka Inovasi (format tidak dikenal)', en: 'this is not a Pustaka Inovasi session pack (unknown format)' } };
  }
  const parsed = PackFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, messages: describeIssues(parsed.error.issues, data, 2, packPlace) };
  return { ok: true, file: parsed.data };
}

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
export const DeckKeySchema = z.string().regex(new RegExp(`^(?:dokumen:${DOCUMENT_KEY_PATTERN}|paket:[a-z0-9][a-z0-9-]{0,119})$`), 'kunci dek tidak valid');
