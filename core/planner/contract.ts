/**
 * The replication planner's part of the contract (spread into `api` in core/api.ts).
 */
import { z } from 'zod';
import { call, NoInput } from '../contractCall';
import { DocumentKeySchema } from '../sources/documentKey';
import type { PlanImportReport } from './planFile';
import type { PlanProgress } from './planProgress';
import { PlanIdSchema, PlanSchema, PLAN_STATUSES, type Plan } from './schema';

export interface PlanSummary {
  id: string;
  title: string;
  status: (typeof PLAN_STATUSES)[number];
  updatedAt: string;
  practice: { doc: string; title: string } | null;
  recipient: string;
  progress: PlanProgress;
}

export const PLAN_EXPORT_FORMATS = ['json', 'markdown', 'docx', 'summary', 'kipp'] as const;

export interface PlanExport {
  fileName: string;
  mimeType: string;
  /** Text for json/markdown/summary/kipp; base64 for docx. */
  content: string;
  encoding: 'utf8' | 'base64';
}

export const plannerApi = {
  'planner:list': call(NoInput).returns<{ plans: PlanSummary[] }>(),
  'planner:get': call(z.object({ id: PlanIdSchema }).strict()).returns<Plan>(),
  /** From a practice profile (pre-filled) or empty; tasks are seeded from the replication guides. */
  'planner:create': call(z.object({ practice: DocumentKeySchema.optional(), title: z.string().max(200).optional() }).strict()).returns<Plan>(),
  /** The whole plan; the host stamps `updatedAt` and keeps the previous version for undo. */
  'planner:save': call(z.object({ plan: PlanSchema }).strict()).returns<Plan>(),
  'planner:delete': call(z.object({ id: PlanIdSchema }).strict()).returns<{ deleted: boolean }>(),
  'planner:undo': call(z.object({ id: PlanIdSchema }).strict()).returns<{ plan: Plan; undone: boolean }>(),
  'planner:export': call(z.object({ id: PlanIdSchema, format: z.enum(PLAN_EXPORT_FORMATS), language: z.enum(['id', 'en']).optional() }).strict()).returns<PlanExport>(),
  'planner:import': call(z.object({ json: z.string().max(5_000_000) }).strict()).returns<{ report: PlanImportReport; plans: PlanSummary[] }>(),
} as const;
