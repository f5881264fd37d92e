/**
 * Which document a link in a user's folder points to. Obsidian-style `[[Nama file]]`,
 * `[[Nama file|teks]]`, `[[Nama file#Judul]]` resolve by file name (case-insensitive, with or
 * without `.md`), then by title, first within the folder, then in the bundled library (by id or
 * title). Built once per indexing run from pass 1 (peekFolderDocument), so every document's links
 * resolve before any is compiled.
 */
import { resolveRelative } from '../content/links';
import { documentKey, BUNDLED_SOURCE_ID } from './documentKey';
import { baseName, normaliseRelativePath, withoutMarkdownExtension } from './folderDocumentId';

export interface FolderLinkEntry {
  /** Document id within the source (peekFolderDocument). */
  id: string;
  title: string;
  /** Path relative to the folder root. */
  file: string;
}

export interface LinkedDocument {
  /** The document key: what the app's routes carry. */
  key: string;
  title: string;
}

export interface FolderLinkTable {
  source: string;
  /** Accepted documents by exact relative path. */
  byPath: Map<string, LinkedDocument>;
  /** Lower-case relative path without extension → document (for `[[Map/Nama]]` and case slips). */
  byLowerPath: Map<string, LinkedDocument>;
  /** Lower-case file base name without extension → documents, in path order. */
  byName: Map<string, { file: string; doc: LinkedDocument }[]>;
  byTitle: Map<string, LinkedDocument>;
  byId: Map<string, LinkedDocument>;
  bundledById: Map<string, LinkedDocument>;
  bundledByTitle: Map<string, LinkedDocument>;
  /** A file whose id another file (earlier in path order) already has → that file. Not compiled. */
  duplicateOf: Map<string, string>;
  /** Every non-Markdown file of the folder (relative paths), when the indexer gave them: embeds by name. */
  assetsByName: Map<string, string[]>;
  assetPaths: Set<string>;
  assetsKnown: boolean;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
const byPathOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildFolderLinkTable(
  source: string,
  entries: FolderLinkEntry[],
  bundled: { id: string; title: string }[],
  /** Optional: every other file in the folder (images…), so `![[gambar.png]]` finds it in any subfolder. */
  assetFiles?: string[],
): FolderLinkTable {
  const table: FolderLinkTable = {
    source,
    byPath: new Map(),
    byLowerPath: new Map(),
    byName: new Map(),
    byTitle: new Map(),
    byId: new Map(),
    bundledById: new Map(),
    bundledByTitle: new Map(),
    duplicateOf: new Map(),
    assetsByName: new Map(),
    assetPaths: new Set(),
    assetsKnown: assetFiles !== undefined,
  };
  // Path order, so which of two files with the same id wins does not depend on the scan.
  const sorted = entries.map((e) => ({ ...e, file: normaliseRelativePath(e.file) })).sort((a, b) => byPathOrder(a.file, b.file));
  const firstFileById = new Map<string, string>();
  for (const entry of sorted) {
    const first = firstFileById.get(entry.id);
    if (first !== undefined) {
      table.duplicateOf.set(entry.file, first);
      continue;
    }
    firstFileById.set(entry.id, entry.file);
    const doc: LinkedDocument = { key: documentKey(source, entry.id), title: entry.title };
    table.byPath.set(entry.file, doc);
    table.byLowerPath.set(fold(withoutMarkdownExtension(entry.file)), doc);
    const name = fold(withoutMarkdownExtension(baseName(entry.file)));
    const named = table.byName.get(name) ?? [];
    named.push({ file: entry.file, doc });
    table.byName.set(name, named);
    const title = fold(entry.title);
    if (!table.byTitle.has(title)) table.byTitle.set(title, doc);
    table.byId.set(entry.id, doc);
  }
  for (const doc of bundled) {
    const linked = { key: documentKey(BUNDLED_SOURCE_ID, doc.id), title: doc.title };
    table.bundledById.set(doc.id, linked);
    const title = fold(doc.title);
    if (!table.bundledByTitle.has(title)) table.bundledByTitle.set(title, linked);
  }
  for (const asset of assetFiles ?? []) {
    const path = normaliseRelativePath(asset);
    table.assetPaths.add(path);
    const name = fold(baseName(path));
    table.assetsByName.set(name, [...(table.assetsByName.get(name) ?? []), path]);
  }
  return table;
}

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

/** Of several files with one name, the one in the linking file's folder, else the first in path order. */
function nearest<T extends { file: string }>(candidates: T[] | undefined, from: string): T | undefined {
  if (!candidates?.length) return undefined;
  const here = folderOf(from);
  return candidates.find((c) => folderOf(c.file) === here) ?? candidates[0];
}

/** The document a wiki link target (`Nama file`, `Map/Nama file.md`, a title, a bundled id) names. */
export function resolveFolderWikiTarget(table: FolderLinkTable, fromFile: string, target: string): LinkedDocument | null {
  const wanted = fold(withoutMarkdownExtension(normaliseRelativePath(target.trim())));
  if (wanted === '') return null;
  if (wanted.includes('/')) {
    const byPath = table.byLowerPath.get(wanted);
    if (byPath) return byPath;
  }
  return (
    nearest(table.byName.get(wanted), normaliseRelativePath(fromFile))?.doc ??
    table.byTitle.get(wanted) ??
    table.byId.get(target.trim()) ??
    table.bundledById.get(target.trim()) ??
    table.bundledByTitle.get(wanted) ??
    null
  );
}

/** The document a relative Markdown link (`[t](../SOP/Pelayanan%20KTP.md)`) names, given its resolved path. */
export function resolveFolderPath(table: FolderLinkTable, path: string): LinkedDocument | null {
  return table.byPath.get(path) ?? table.byLowerPath.get(fold(withoutMarkdownExtension(path))) ?? null;
}

/**
 * An embedded file (`![[gambar.png]]`): by path from the linking file's folder, then from the root,
 * then by name anywhere. Null only for a path that climbs out of the folder.
 */
export function resolveFolderAssetName(table: FolderLinkTable, fromFile: string, target: string): string | null {
  const wanted = normaliseRelativePath(target.trim());
  const relative = resolveRelative(normaliseRelativePath(fromFile), wanted);
  if (!table.assetsKnown) return relative;
  for (const candidate of [relative, wanted]) if (candidate !== null && table.assetPaths.has(candidate)) return candidate;
  const named = table.assetsByName.get(fold(baseName(wanted)))?.map((file) => ({ file }));
  // Not in the folder: the path as written, so the caller can say which image is missing.
  return nearest(named, fromFile)?.file ?? relative;
}
