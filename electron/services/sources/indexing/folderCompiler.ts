/**
 * The one place the indexer calls the folder compiler of core/sources: decode, pass 1 (id and
 * title), the link table, and the compile itself.
 */
import { compileFolderDocument, type FolderCompileResult } from '../../../../core/sources/compileFolderDocument';
import { decodeFolderFile } from '../../../../core/sources/decodeFolderFile';
import { buildFolderLinkTable, type FolderLinkEntry, type FolderLinkTable } from '../../../../core/sources/folderLinkTable';
import { peekFolderDocument } from '../../../../core/sources/peekFolderDocument';
import type { SourceProblem } from '../../../../core/sources/types';

export type FolderEntry = FolderLinkEntry;
export type FolderLinks = FolderLinkTable;

export function decodeFile(bytes: Uint8Array, file: string): { text: string } | { problem: SourceProblem } {
  return decodeFolderFile(bytes, file);
}

export function peekFile(file: string, text: string): { id: string; title: string } {
  return peekFolderDocument(file, text);
}

export function buildLinks(source: string, entries: FolderEntry[], bundled: { id: string; title: string }[], assets: string[]): FolderLinks {
  return buildFolderLinkTable(source, entries, bundled, assets);
}

export function compileFile(input: { source: string; file: string; text: string; mtimeMs: number; links: FolderLinks }): FolderCompileResult {
  return compileFolderDocument(input);
}
