/**
 * From "what each changed path now is" to a plan: the new file records (a draft, committed only
 * when the segments they point at exist), the keys to hide in base segments, and which files
 * must be compiled. Pure: no I/O, so the rules (duplicates, ownership, assets) are tested alone.
 */
import type { SourceProblem } from '../../../../core/sources/types';
import { DELTA_SEGMENT, type CacheManifest, type FileRecord } from './cacheManifest';
import type { FolderEntry } from './folderCompiler';
import { folderProblems } from '../../../../core/sources/folderProblems';
import { kindOf, type ScannedFile } from './scanFolder';

/** What a path is now: indexable (with its size and time), a problem, or nothing (gone, ignored). */
export type PathState = ScannedFile | SourceProblem | null;

export interface ChangePlan {
  draft: Record<string, FileRecord>;
  /** Documents to compile (their pass-1 id and title are still to be read). */
  dirty: Set<string>;
  /** Base segment → keys that are superseded or gone. */
  hide: Map<string, Set<string>>;
  /** A file held by the delta segment changed or went away. */
  deltaTouched: boolean;
  changedAssets: Set<string>;
  /** Some record differs from the manifest's (a problem appeared or went, an asset changed). */
  touched: boolean;
}

const isProblem = (state: PathState): state is SourceProblem => state !== null && !('kind' in state);

export function planChanges(manifest: CacheManifest, changes: Map<string, PathState>, force = false): ChangePlan {
  const draft: Record<string, FileRecord> = { ...manifest.files };
  const plan: ChangePlan = { draft, dirty: new Set(), hide: new Map(), deltaTouched: false, changedAssets: new Set(), touched: false };
  for (const [file, now] of changes) {
    const old = draft[file];
    if (now === null) {
      if (old) plan.touched = true;
      if (old) {
        retire(plan, old);
        delete draft[file];
        if (old.kind === 'asset') plan.changedAssets.add(file);
      }
      continue;
    }
    if (isProblem(now)) {
      plan.touched = true;
      if (old) retire(plan, old);
      draft[file] = { kind: kindOf(file) ?? 'document', size: -1, mtimeMs: -1, problems: [now] };
      continue;
    }
    const same = old && old.size === now.size && old.mtimeMs === now.mtimeMs && old.kind === now.kind;
    if (same && !force) continue;
    plan.touched = true;
    if (now.kind === 'asset') {
      draft[file] = { kind: 'asset', size: now.size, mtimeMs: now.mtimeMs };
      if (!same) plan.changedAssets.add(file);
      continue;
    }
    if (old) retire(plan, old);
    draft[file] = { kind: 'document', size: now.size, mtimeMs: now.mtimeMs };
    plan.dirty.add(file);
  }
  return plan;
}

/** The file's current document (if any) is superseded: hide it where it is. */
function retire(plan: ChangePlan, record: FileRecord): void {
  if (!record.key || !record.segment) return;
  if (record.segment === DELTA_SEGMENT) {
    plan.deltaTouched = true;
    return;
  }
  let keys = plan.hide.get(record.segment);
  if (!keys) plan.hide.set(record.segment, (keys = new Set()));
  keys.add(record.key);
}

/**
 * After pass 1 (ids and titles of the dirty files are in the draft): the first file by path owns
 * an id; a later one is a problem. A file that becomes the owner (its rival was deleted or
 * renamed) is compiled; one that stops being the owner leaves the index. Documents that reference
 * a changed asset, or that have problems (a missing image may now exist), are compiled again.
 */
export function settleOwnership(plan: ChangePlan): void {
  const { draft } = plan;
  const files = Object.keys(draft).sort();
  const owners = new Map<string, string>();
  for (const file of files) {
    const id = draft[file]!.id;
    if (draft[file]!.kind === 'document' && id && !owners.has(id)) owners.set(id, file);
  }
  for (const file of files) {
    const record = draft[file]!;
    if (record.kind !== 'document' || !record.id) continue;
    const owner = owners.get(record.id)!;
    if (owner !== file) {
      if (record.duplicateOf === owner) continue;
      plan.touched = true;
      plan.touched = true;
      if (record.key) retire(plan, record);
      draft[file] = { kind: 'document', size: record.size, mtimeMs: record.mtimeMs, id: record.id, title: record.title, duplicateOf: owner, problems: [folderProblems.duplicateId(file, undefined, record.id, owner)] };
      plan.dirty.delete(file);
      continue;
    }
    const wasDuplicate = record.duplicateOf !== undefined;
    const usesChangedAsset = plan.changedAssets.size > 0 && (record.assets?.some((a) => plan.changedAssets.has(a)) || (record.problems?.length ?? 0) > 0);
    if ((wasDuplicate || usesChangedAsset) && !plan.dirty.has(file)) {
      plan.touched = true;
      if (record.key) retire(plan, record);
      draft[file] = { kind: 'document', size: record.size, mtimeMs: record.mtimeMs, id: record.id, title: record.title };
      plan.dirty.add(file);
    }
  }
}

/** Every document of the folder as wiki links see it (owners only). */
export function folderEntries(draft: Record<string, FileRecord>): FolderEntry[] {
  const entries: FolderEntry[] = [];
  for (const [file, record] of Object.entries(draft)) {
    if (record.kind === 'document' && record.id && record.duplicateOf === undefined) {
      entries.push({ file, id: record.id, title: record.title ?? record.id });
    }
  }
  return entries;
}
