/**
 * Session packs that ship with the app (content/paket/*.yml): checked at build time against the
 * compiled library, written next to it as one file, and listed beside the trainer's own packs as
 * read-only. Pure: the build script reads the files, the host reads the compiled file.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { Heading } from '../content/types';
import { PackDraftSchema, SessionPackSchema, type SessionPack } from './sessionPack';

/** Where the build writes them, inside the compiled content folder. */
export const BUNDLED_PACKS_FILE = 'bundled-packs.json';

// A prefix of its own, so a bundled pack's id never meets one the store makes (`paket-…`).
const BundledPackIdSchema = z.string().regex(/^bawaan-[a-z0-9-]{1,72}$/, 'id paket bawaan harus diawali "bawaan-" lalu huruf kecil, angka atau tanda hubung');

export const BundledPackSourceSchema = PackDraftSchema.extend({
  id: BundledPackIdSchema,
  updated: z.union([
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD'),
    z.date().transform((d) => d.toISOString().slice(0, 10)),
  ]),
}).strict();

export const BundledPacksFileSchema = z
  .object({ formatVersion: z.literal(1), packs: z.array(SessionPackSchema.extend({ bundled: z.literal(true) })) })
  .strict();

export type BundledPacksFile = z.infer<typeof BundledPacksFileSchema>;

export interface PackProblem {
  file: string;
  line: number;
  message: string;
}

/** One `.yml` pack: its schema, and that every document and section it names is in the library. */
export function compileBundledPack(
  file: string,
  text: string,
  headingsOf: (docId: string) => Heading[] | undefined,
): { pack: SessionPack | null; problems: PackProblem[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) return { pack: null, problems: [{ file, line: yamlError.linePos?.[0]?.line ?? 1, message: `YAML tidak sah: ${yamlError.message}` }] };
  const parsed = BundledPackSourceSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      pack: null,
      problems: parsed.error.issues.map((issue) => ({ file, line: 1, message: `${issue.path.map(String).join('.') || 'paket'}: ${issue.message}` })),
    };
  }
  const { updated, ...draft } = parsed.data;
  const problems: PackProblem[] = [];
  draft.items.forEach((item, i) => {
    const headings = headingsOf(item.docId);
    if (!headings) problems.push({ file, line: 1, message: `items.${i}: dokumen "${item.docId}" tidak ada di pustaka` });
    else if (item.sectionId && !headings.some((h) => h.slug === item.sectionId)) {
      problems.push({ file, line: 1, message: `items.${i}: bagian "${item.sectionId}" tidak ada di dokumen "${item.docId}"` });
    }
  });
  if (problems.length) return { pack: null, problems };
  const stamp = `${updated}T00:00:00.000Z`;
  return { pack: { ...draft, createdAt: stamp, updatedAt: stamp, bundled: true }, problems };
}

/** What the host reads; a missing or damaged file means no bundled packs, never a failed start. */
export function parseBundledPacksFile(json: string): SessionPack[] {
  try {
    const parsed = BundledPacksFileSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.packs : [];
  } catch {
    return [];
  }
}
