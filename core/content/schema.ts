/**
 * Front matter of every library document, per DESIGN.md's content model. Unknown keys are
 * rejected so that a typo (`sumary:`) is reported instead of silently ignored.
 */
import { z } from 'zod';

/** The types the bundled library is written in (content/README.md); `--strict` allows only these. */
export const BUNDLED_DOCUMENT_TYPES = ['practice', 'seminar', 'guide', 'glossary'] as const;
/**
 * Every type a listed document can have: the bundled ones, plus `dokumen`, what a user's own
 * Markdown file without (usable) front matter becomes when a folder is read leniently.
 */
export const DOCUMENT_TYPES = [...BUNDLED_DOCUMENT_TYPES, 'dokumen'] as const;
export const SECTORS = [
  'kesehatan',
  'pendidikan',
  'administrasi-kependudukan',
  'perizinan',
  'sosial',
  'pertanian',
  'lingkungan',
  'transportasi',
  'keuangan-daerah',
  'pengaduan',
  'ketenagakerjaan',
  'pariwisata',
  'umkm',
  'kebencanaan',
  'tata-kelola',
] as const;
export const PENTAHELIX = ['pemerintah', 'akademisi', 'dunia-usaha', 'masyarakat', 'media'] as const;
export const PRACTICE_SECTIONS = [
  'Ringkasan',
  'Masalah',
  'Inovasi',
  'Cara Kerja',
  'Dampak',
  'Pemangku Kepentingan (Pentahelix)',
  'Keberlanjutan',
  'Syarat Replikasi',
  'Pelajaran',
] as const;

/** The `###` subheadings every practice profile's Keberlanjutan section carries. */
export const SUSTAINABILITY_SUBSECTIONS = ['Regulasi', 'Anggaran', 'SDM'] as const;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'harus huruf kecil, angka dan tanda hubung');
const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD'),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

const common = {
  id: slug.max(120),
  title: z.string().min(3).max(200),
  summary: z.string().min(10).max(400),
  tags: z.array(slug.max(40)).max(12).default([]),
  lang: z.enum(['id', 'en']).default('id'),
  updated: isoDate,
  sources: z.array(z.string().min(3)).default([]),
  illustrative: z.boolean().default(false),
};

export const PracticeMetaSchema = z
  .object({
    ...common,
    type: z.literal('practice'),
    agency: z.string().min(3),
    region: z.object({ province: z.string().min(2), regency: z.string().min(2).optional() }).strict(),
    year: z.number().int().min(2000).max(2100),
    sector: z.enum(SECTORS),
    award: z.string().optional(),
    status: z.enum(['berlanjut', 'vakum']),
    sdgs: z.array(z.number().int().min(1).max(17)).default([]),
    pentahelix: z.array(z.enum(PENTAHELIX)).default([]),
    replicated_in: z.array(z.string()).default([]),
  })
  .strict();

export const SeminarMetaSchema = z
  .object({
    ...common,
    type: z.literal('seminar'),
    event: z
      .object({
        name: z.string().min(3),
        date: z.string().min(3),
        place: z.string().min(3),
        organiser: z.string().min(3),
      })
      .strict(),
    speakers: z
      .array(z.object({ name: z.string(), role: z.string().optional(), topic: z.string().optional() }).strict())
      .default([]),
    presentable: z.boolean().default(false),
  })
  .strict();

export const GuideMetaSchema = z
  .object({
    ...common,
    type: z.literal('guide'),
    duration: z.string().optional(),
    audience: z.string().optional(),
  })
  .strict();

/** A term that is an abbreviation: its spellings and full forms, also the search's abbreviation table. */
export const GlossaryAbbreviationSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'harus huruf kecil, angka dan tanda hubung').optional(),
    short: z.array(z.string().min(1)).min(1),
    long: z.array(z.string().min(3)).min(1),
  })
  .strict();

export const GlossaryTermSchema = z
  .object({
    term: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    definition: z.string().min(5),
    related: z.array(slug).default([]),
    abbreviations: z.array(GlossaryAbbreviationSchema).default([]),
  })
  .strict();

export const GlossaryMetaSchema = z
  .object({ ...common, type: z.literal('glossary'), terms: z.array(GlossaryTermSchema).min(1) })
  .strict();

/** A user's own document (core/sources): only the common fields; never in the bundled library. */
export const DokumenMetaSchema = z.object({ ...common, type: z.literal('dokumen') }).strict();

export const DocumentMetaSchema = z.discriminatedUnion('type', [
  PracticeMetaSchema,
  SeminarMetaSchema,
  GuideMetaSchema,
  GlossaryMetaSchema,
  DokumenMetaSchema,
]);

export type DocumentMeta = z.output<typeof DocumentMetaSchema>;
export type DokumenMeta = z.output<typeof DokumenMetaSchema>;
export type PracticeMeta = z.output<typeof PracticeMetaSchema>;
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
export type GlossaryAbbreviation = z.output<typeof GlossaryAbbreviationSchema>;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
