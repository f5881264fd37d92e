/**
 * The plan exchange file: what "Ekspor JSON" writes and "Impor" reads, so a colleague or a
 * facilitator can open the same plan. Migrations run first, then the schema, then the
 * integrity checks; a file that fails any of them changes nothing. Merging is by plan id: the
 * newer `updatedAt` wins, and importing the same file twice changes nothing the second time.
 */
import { cutEcho, describeIssues, type LocalizedText } from '../inputIssues';
import { planIntegrityProblems } from './planIntegrity';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './schema';

export const PLAN_FILE_FORMAT = 'pustaka-inovasi/rencana-replikasi';
/** Larger files are refused before they are parsed. */
export const PLAN_FILE_CHARS = 5_000_000;

export type ParsedPlanFile = { ok: true; plans: Plan[] } | { ok: false; messages: LocalizedText };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One step per schema version, oldest first: `MIGRATIONS[n]` turns a version-n plan into n+1.
 * Version 1 is the first this app wrote, so the list is empty; the rule for newer files holds now.
 */
const MIGRATIONS: Record<number, (plan: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigratedPlan = { kind: 'ok'; plan: unknown } | { kind: 'newer'; version: number } | { kind: 'unreadable' };

export function migratePlan(raw: unknown): MigratedPlan {
  if (!isRecord(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion)) return { kind: 'unreadable' };
  if (raw.schemaVersion > PLAN_SCHEMA_VERSION) return { kind: 'newer', version: raw.schemaVersion };
  let plan = raw;
  for (let v = plan.schemaVersion as number; v < PLAN_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'unreadable' };
    plan = { ...step(plan), schemaVersion: v + 1 };
  }
  return { kind: 'ok', plan };
}

export function serialisePlans(plans: readonly Plan[]): string {
  return `${JSON.stringify({ format: PLAN_FILE_FORMAT, exportedVersion: PLAN_SCHEMA_VERSION, plans }, null, 2)}\n`;
}

export function parsePlanFile(text: string): ParsedPlanFile {
  if (text.length > PLAN_FILE_CHARS) {
    return { ok: false, messages: { id: 'berkasnya terlalu besar (batasnya 5 MB)', en: 'the file is too large (the limit is 5 MB)' } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, messages: { id: 'isinya bukan JSON yang sah; mungkin berkasnya rusak', en: 'its content is not valid JSON; the file may be damaged' } };
  }
  if (!isRecord(raw) || raw.format !== PLAN_FILE_FORMAT || !Array.isArray(raw.plans)) {
    return { ok: false, messages: { id: 'berkas ini bukan hasil ekspor rencana replikasi Pustaka Inovasi', en: 'this is not a Pustaka Inovasi replication plan export' } };
  }
  if (raw.plans.length === 0) return { ok: false, messages: { id: 'berkas ini tidak berisi rencana', en: 'this file holds no plan' } };
  const plans: Plan[] = [];
  for (const [index, entry] of raw.plans.entries()) {
    const place = { id: `rencana ke-${index + 1}`, en: `plan ${index + 1}` };
    const migrated = migratePlan(entry);
    if (migrated.kind === 'newer') {
      return { ok: false, messages: { id: `${place.id} dibuat oleh versi aplikasi yang lebih baru; perbarui aplikasi, lalu impor lagi`, en: `${place.en} was made by a newer version of the app; update the app, then import it again` } };
    }
    if (migrated.kind === 'unreadable') return { ok: false, messages: { id: `${place.id} tidak dapat dibaca`, en: `${place.en} cannot be read` } };
    const parsed = PlanSchema.safeParse(migrated.plan);
    if (!parsed.success) {
      const described = describeIssues(parsed.error.issues, migrated.plan, 2);
      return { ok: false, messages: { id: `${place.id} memuat isi yang tidak sesuai: ${described.id}`, en: `${place.en} has content that is not valid: ${described.en}` } };
    }
    const problems = planIntegrityProblems(parsed.data);
    if (problems.length) return { ok: false, messages: { id: `${place.id}: ${cutEcho(problems[0]!.id, 200)}`, en: `${place.en}: ${cutEcho(problems[0]!.en, 200)}` } };
    plans.push(parsed.data);
  }
  return { ok: true, plans };
}

export interface PlanImportReport {
  added: number;
  updated: number;
  /** Plans already here at the same or a newer version. */
  unchanged: number;
}

/** Which imported plans to write, by id; the newer `updatedAt` wins. */
export function mergePlans(existing: ReadonlyMap<string, Plan>, incoming: readonly Plan[]): { write: Plan[]; report: PlanImportReport } {
  const report: PlanImportReport = { added: 0, updated: 0, unchanged: 0 };
  const write: Plan[] = [];
  for (const plan of incoming) {
    const mine = existing.get(plan.id);
    if (!mine) report.added++;
    else if (plan.updatedAt > mine.updatedAt) report.updated++;
    else {
      report.unchanged++;
      continue;
    }
    write.push(plan);
  }
  return { write, report };
}
