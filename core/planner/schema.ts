/**
 * A replication plan: from a practice profile to an action plan a Pemda can sign, track and
 * report. Terms follow SOURCES.md ("Replication of innovation"): LAN's three actors (Instansi
 * Asal, Penerima, Fasilitator), the Model Mandiri's four stages, Rogers' five attributes and the
 * pentahelix. Everything is validated here: what the renderer saves, what is on disk, what a
 * colleague imports.
 */
import { z } from 'zod';
import { isCalendarDate } from '../present/sessionPack';
import { DocumentKeySchema } from '../sources/documentKey';

/** The version this build writes; older files are migrated (migrations.ts), newer ones refused. */
export const PLAN_SCHEMA_VERSION = 1;

export const LIMITS = {
  text: 4_000,
  short: 200,
  tasks: 2_000,
  listItems: 200,
  indicators: 100,
  measurements: 500,
  logEntries: 2_000,
  plans: 500,
} as const;

/** LAN's Model Mandiri: the four stages of a replication (SOURCES.md). */
export const STAGES = ['persiapan', 'rencana', 'replikasi', 'evaluasi'] as const;
/** Rogers' five attributes, as Indonesian evaluations name them (SOURCES.md). */
export const ROGERS_ATTRIBUTES = ['keuntunganRelatif', 'kesesuaian', 'kerumitan', 'kemungkinanDicoba', 'kemudahanDiamati'] as const;
export const PENTAHELIX_ROLES = ['pemerintah', 'akademisi', 'dunia-usaha', 'masyarakat', 'media'] as const;
export const TASK_STATUSES = ['belum', 'berjalan', 'selesai', 'tertunda'] as const;
export const BUDGET_SOURCES = ['apbd', 'apbdes', 'mitra', 'lainnya'] as const;
export const LEVELS = ['rendah', 'sedang', 'tinggi'] as const;
export const PLAN_STATUSES = ['draf', 'berjalan', 'selesai', 'dibatalkan'] as const;
/** The replication model: mandiri is the one SOURCES.md names; the others are the app's wording. */
export const MODELS = ['mandiri', 'didampingi', 'difasilitasi'] as const;

export const PlanIdSchema = z.string().regex(/^rencana-[a-z0-9-]{1,60}$/, 'id rencana tidak valid');
export const RecordIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'id butir tidak valid');
const Text = z.string().max(LIMITS.text);
const Short = z.string().max(LIMITS.short);
const Timestamp = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'waktu tidak valid');
export const DateSchema = z.string().refine((d) => d === '' || isCalendarDate(d), 'tanggal harus tanggal kalender yang nyata (YYYY-MM-DD)');

/** Where a pre-filled field came from, so the plan can link back to the passage. */
export const PassageLinkSchema = z.object({ doc: DocumentKeySchema, slug: z.string().max(120).default('') }).strict();

export const AgencySchema = z
  .object({
    name: Short.default(''),
    region: Short.default(''),
    unit: Short.default(''),
    contact: Short.default(''),
  })
  .strict();

export const AttributeScoreSchema = z
  .object({
    score: z.number().int().min(1).max(5).nullable().default(null),
    reason: Text.default(''),
  })
  .strict();

export const BudgetLineSchema = z
  .object({
    id: RecordIdSchema,
    item: Short,
    /** Whole rupiah. */
    amount: z.number().int().min(0).max(1e15),
    source: z.enum(BUDGET_SOURCES),
  })
  .strict();

export const StakeholderSchema = z
  .object({ id: RecordIdSchema, role: z.enum(PENTAHELIX_ROLES), name: Short, part: Short.default('') })
  .strict();

export const RiskSchema = z
  .object({
    id: RecordIdSchema,
    risk: Short,
    likelihood: z.enum(LEVELS),
    impact: z.enum(LEVELS),
    mitigation: Text.default(''),
  })
  .strict();

export const RequirementSchema = z
  .object({ id: RecordIdSchema, text: Short, done: z.boolean().default(false), from: PassageLinkSchema.optional() })
  .strict();

export const TaskSchema = z
  .object({
    id: RecordIdSchema,
    stage: z.enum(STAGES),
    title: Short.min(1, 'judul tugas tidak boleh kosong'),
    owner: Short.default(''),
    start: DateSchema.default(''),
    end: DateSchema.default(''),
    status: z.enum(TASK_STATUSES).default('belum'),
    dependsOn: z.array(RecordIdSchema).max(50).default([]),
    milestone: z.boolean().default(false),
    notes: Text.default(''),
    from: PassageLinkSchema.optional(),
  })
  .strict()
  .refine((t) => !t.start || !t.end || t.start <= t.end, { message: 'tanggal selesai tidak boleh sebelum tanggal mulai', path: ['end'] });

export const MeasurementSchema = z
  .object({ id: RecordIdSchema, date: DateSchema.refine((d) => d !== '', 'tanggal pengukuran wajib diisi'), value: z.number().finite(), note: Short.default('') })
  .strict();

export const IndicatorSchema = z
  .object({
    id: RecordIdSchema,
    name: Short.min(1, 'nama indikator tidak boleh kosong'),
    unit: Short.default(''),
    baseline: z.number().finite().nullable().default(null),
    baselineDate: DateSchema.default(''),
    target: z.number().finite().nullable().default(null),
    targetDate: DateSchema.default(''),
    measurements: z.array(MeasurementSchema).max(LIMITS.measurements).default([]),
  })
  .strict();

export const LogEntrySchema = z.object({ id: RecordIdSchema, date: DateSchema, text: Text }).strict();

export const PlanSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    id: PlanIdSchema,
    title: Short.min(1, 'judul rencana tidak boleh kosong'),
    status: z.enum(PLAN_STATUSES).default('draf'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    practice: z
      .object({ doc: DocumentKeySchema, title: Short, summary: Text.default('') })
      .strict()
      .nullable()
      .default(null),
    model: z.enum(MODELS).default('mandiri'),
    origin: AgencySchema.default({ name: '', region: '', unit: '', contact: '' }),
    recipient: AgencySchema.default({ name: '', region: '', unit: '', contact: '' }),
    facilitator: AgencySchema.nullable().default(null),
    fit: z
      .object({
        attributes: z.object(Object.fromEntries(ROGERS_ATTRIBUTES.map((a) => [a, AttributeScoreSchema.default({ score: null, reason: '' })])) as Record<(typeof ROGERS_ATTRIBUTES)[number], z.ZodDefault<typeof AttributeScoreSchema>>).strict().prefault({}),
        regulation: z.object({ needed: Text.default(''), draftStatus: Short.default('') }).strict().default({ needed: '', draftStatus: '' }),
        budget: z.array(BudgetLineSchema).max(LIMITS.listItems).default([]),
        /** What the practice's profile says about its costs (pre-filled, editable). */
        budgetNote: Text.default(''),
        people: Text.default(''),
        facilities: Text.default(''),
        data: Text.default(''),
        stakeholders: z.array(StakeholderSchema).max(LIMITS.listItems).default([]),
        risks: z.array(RiskSchema).max(LIMITS.listItems).default([]),
        verdict: Text.default(''),
        /** The profile passages the free-text fields were pre-filled from. */
        prefilledFrom: z.array(PassageLinkSchema).max(20).default([]),
      })
      .strict()
      .prefault({}),
    requirements: z.array(RequirementSchema).max(LIMITS.listItems).default([]),
    tasks: z.array(TaskSchema).max(LIMITS.tasks).default([]),
    indicators: z.array(IndicatorSchema).max(LIMITS.indicators).default([]),
    log: z.array(LogEntrySchema).max(LIMITS.logEntries).default([]),
  })
  .strict();

export type Plan = z.infer<typeof PlanSchema>;
export type PlanTask = z.infer<typeof TaskSchema>;
export type PlanIndicator = z.infer<typeof IndicatorSchema>;
export type Stage = (typeof STAGES)[number];
export type RogersAttribute = (typeof ROGERS_ATTRIBUTES)[number];
