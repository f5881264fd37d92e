/**
 * Replication plans, one file per plan in `plans/` of the user-data folder, each a JsonFileStore
 * (checksummed, fsynced, rolling backups, a damaged file moved aside and the newest good backup
 * restored). Every save is validated twice: the schema, then the plan's integrity (ids, missing
 * dependencies, cycles). The last versions of each plan are kept in memory for undo.
 * A plan written by a newer app version is listed read-only, never rewritten.
 */
import path from 'node:path';
import { z } from 'zod';
import { ApiFailure } from '../../../core/errors';
import { migratePlan } from '../../../core/planner/planFile';
import { planIntegrityProblems } from '../../../core/planner/planIntegrity';
import { PlanSchema, PLAN_SCHEMA_VERSION, type Plan } from '../../../core/planner/schema';
import { nodeFs, type DurableFs } from '../storage/durable/durableFs';
import { readTextIfExists } from '../storage/durable/writeFileDurably';
import { parseStoredJson } from '../storage/durable/DurableJsonFile';
import { JsonFileStore, type JsonFileStoreOptions, type StoreLoadNotice } from '../storage/JsonFileStore';

const UNDO_DEPTH = 50;
const FILE_NAME = /^(rencana-[a-z0-9-]{1,60})\.json$/;

const PlanFileSchema = z
  .object({
    plan: z.preprocess((raw) => {
      if (raw === null || raw === undefined) return null;
      const migrated = migratePlan(raw);
      return migrated.kind === 'ok' ? migrated.plan : raw;
    }, PlanSchema.nullable()).default(null),
  })
  .strict();

export interface PlanStoreOptions extends JsonFileStoreOptions {
  newId?: () => string;
}

export class PlanStore {
  private readonly stores = new Map<string, JsonFileStore<typeof PlanFileSchema>>();
  private readonly history = new Map<string, Plan[]>();
  private readonly newer = new Set<string>();
  private readonly notices: { file: string; notice: StoreLoadNotice }[] = [];
  private readonly fs: DurableFs;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly folder: string,
    private readonly options: PlanStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFs;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => `rencana-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  }

  /** Never throws: a folder that cannot be read opens empty, and each save says why it fails. */
  async init(): Promise<void> {
    let names: string[] = [];
    try {
      names = (await this.fs.readdir(this.folder)) as string[];
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const id = FILE_NAME.exec(name)?.[1];
      if (!id) continue;
      const file = path.join(this.folder, name);
      if (await this.isNewerVersion(file)) {
        this.newer.add(id);
        continue;
      }
      const store = this.storeFor(id);
      await store.init();
      const notice = store.loadNotice();
      if (notice) this.notices.push({ file: `plans/${name}`, notice });
      if (!store.read().plan) this.stores.delete(id);
    }
  }

  private async isNewerVersion(file: string): Promise<boolean> {
    const text = await readTextIfExists(this.fs, file).catch(() => null);
    if (!text) return false;
    const stored = parseStoredJson(text);
    if (!stored.ok) return false;
    const plan = (stored.value as { plan?: { schemaVersion?: unknown } } | null)?.plan;
    return typeof plan?.schemaVersion === 'number' && plan.schemaVersion > PLAN_SCHEMA_VERSION;
  }

  private storeFor(id: string): JsonFileStore<typeof PlanFileSchema> {
    let store = this.stores.get(id);
    if (!store) {
      store = new JsonFileStore(path.join(this.folder, `${id}.json`), PlanFileSchema, this.options);
      this.stores.set(id, store);
    }
    return store;
  }

  /** Damaged plan files found at start-up (moved aside, backup restored). */
  loadNotices(): readonly { file: string; notice: StoreLoadNotice }[] {
    return this.notices;
  }

  /** Every plan, newest change first. The plans are the stored objects: read them, never change them. */
  list(): readonly Plan[] {
    return [...this.stores.values()].flatMap((s) => s.current().plan ?? []).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Plans left untouched because a newer app version wrote them. */
  newerVersionPlans(): string[] {
    return [...this.newer];
  }

  /** A copy the caller may change. */
  get(id: string): Plan {
    const plan = this.stores.get(id)?.read().plan;
    if (!plan) throw new ApiFailure('plan_not_found', id);
    return plan;
  }

  newPlanId(): string {
    let id = this.newId();
    while (this.stores.has(id) || this.newer.has(id)) id = this.newId();
    return id;
  }

  /** Validates and writes; resolves once the plan is durable. The previous version is kept for undo. */
  async save(plan: Plan, options: { keepUpdatedAt?: boolean; recordUndo?: boolean; validated?: boolean } = {}): Promise<Plan> {
    if (this.newer.has(plan.id)) throw new ApiFailure('plan_invalid', { id: 'rencana ini dibuat oleh versi aplikasi yang lebih baru', en: 'this plan was made by a newer version of the app' });
    const stamped = options.keepUpdatedAt ? plan : { ...plan, updatedAt: this.stamp(plan) };
    // The contract has already parsed what the renderer sent; a second parse of a 1,000-task plan
    // would double the cost of every keystroke's save.
    const parsed = options.validated ? { success: true as const, data: stamped } : PlanSchema.safeParse(stamped);
    if (!parsed.success) throw new ApiFailure('plan_invalid', { id: 'isinya tidak sesuai', en: 'its content is not valid' });
    const problems = planIntegrityProblems(parsed.data);
    if (problems.length) throw new ApiFailure('plan_invalid', problems[0]!);
    const existed = this.stores.has(plan.id);
    const store = this.storeFor(plan.id);
    const before = store.current().plan;
    try {
      await store.replace({ plan: parsed.data });
    } catch (error) {
      if (!existed) this.stores.delete(plan.id);
      throw error;
    }
    if (before && options.recordUndo !== false) {
      const past = this.history.get(plan.id) ?? [];
      past.push(before);
      if (past.length > UNDO_DEPTH) past.shift();
      this.history.set(plan.id, past);
    }
    return parsed.data;
  }

  /** `updatedAt` always moves forward, even when two saves fall in the same millisecond. */
  private stamp(plan: Plan): string {
    const now = this.now().toISOString();
    const previous = this.stores.get(plan.id)?.current().plan?.updatedAt ?? '';
    if (now > previous) return now;
    return new Date(Date.parse(previous) + 1).toISOString();
  }

  /** Puts back the version before the last save; false when there is nothing to undo. */
  async undo(id: string): Promise<{ plan: Plan; undone: boolean }> {
    const current = this.get(id);
    const past = this.history.get(id);
    const previous = past?.pop();
    if (!previous) return { plan: current, undone: false };
    try {
      return { plan: await this.save(previous, { recordUndo: false }), undone: true };
    } catch (error) {
      past!.push(previous);
      throw error;
    }
  }

  /**
   * Deleting keeps the bytes: the file is moved into `plans/terhapus/`, where a user (or support)
   * can still find it. Nothing is ever unlinked.
   */
  async delete(id: string): Promise<boolean> {
    const store = this.stores.get(id);
    if (!store) throw new ApiFailure('plan_not_found', id);
    await store.settled();
    const bin = path.join(this.folder, 'terhapus');
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    await this.fs.mkdir(bin, { recursive: true });
    await this.fs.rename(path.join(this.folder, `${id}.json`), path.join(bin, `${id}-${stamp}.json`));
    this.stores.delete(id);
    this.history.delete(id);
    return true;
  }

  /** Writes imported plans (already validated and merged by the caller). */
  async importPlans(plans: readonly Plan[]): Promise<void> {
    for (const plan of plans) await this.save(plan, { keepUpdatedAt: true });
  }

  settled(): Promise<unknown> {
    return Promise.all([...this.stores.values()].map((s) => s.settled()));
  }
}
