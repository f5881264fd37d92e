/** A user's folder in memory: pass 1 (peek) over every file, the link table, then each file compiled. */
import { compileFolderDocument, type FolderCompileResult } from '../../../../core/sources/compileFolderDocument';
import { buildFolderLinkTable } from '../../../../core/sources/folderLinkTable';
import { peekFolderDocument } from '../../../../core/sources/peekFolderDocument';

export const SOURCE = 'folder-3f9a';
/** 5 January 2026, midday: the same calendar day in every time zone the tests may run in. */
export const MTIME = Date.UTC(2026, 0, 5, 12);

export function compileFolder(
  files: Record<string, string>,
  options: { bundled?: { id: string; title: string }[]; assetFiles?: string[] } = {},
): Record<string, FolderCompileResult> {
  const entries = Object.entries(files).map(([file, text]) => ({ file, ...peekFolderDocument(file, text) }));
  const links = buildFolderLinkTable(SOURCE, entries, options.bundled ?? [], options.assetFiles);
  return Object.fromEntries(
    Object.entries(files).map(([file, text]) => [file, compileFolderDocument({ source: SOURCE, file, text, mtimeMs: MTIME, links })]),
  );
}

export function compileOne(file: string, text: string, options?: Parameters<typeof compileFolder>[1]): FolderCompileResult {
  return compileFolder({ [file]: text }, options)[file] as FolderCompileResult;
}
