/**
 * The one place the indexer calls the folder compiler of core/sources (decode, pass-1 peek, link
 * table, compile). STAND-IN until core/sources lands: same signatures, minimal behaviour.
 */
import type { DocumentMeta } from '../../../../core/content/schema';
import type { CompiledDocument } from '../../../../core/content/types';
import { splitSections } from '../../../../core/content/sections';
import { renderMarkdown } from '../../../../core/content/renderMarkdown';
import { documentKey } from '../../../../core/sources/documentKey';
import type { SourceProblem } from '../../../../core/sources/types';

export interface FolderEntry {
  file: string;
  id: string;
  title: string;
}
export type FolderLinks = { source: string; byFile: Map<string, FolderEntry>; assets: ReadonlySet<string> };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeFile(bytes: Uint8Array, file: string): { text: string } | { problem: SourceProblem } {
  if (bytes.includes(0)) return { problem: { file, message: { id: 'berkas biner', en: 'binary file' } } };
  try {
    return { text: decoder.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { problem: { file, line: 1, message: { id: 'bukan UTF-8', en: 'not UTF-8' } } };
  }
}

export function peekFile(file: string, text: string): { id: string; title: string } {
  const id = file.replace(/\.(md|markdown)$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dokumen';
  const title = /^# +(.+)$/m.exec(text)?.[1]?.trim() ?? file;
  return { id, title };
}

export function buildLinks(source: string, entries: FolderEntry[], _bundled: { id: string; title: string }[], assets: ReadonlySet<string>): FolderLinks {
  return { source, byFile: new Map(entries.map((e) => [e.file, e])), assets };
}

export function compileFile(input: { source: string; file: string; text: string; mtimeMs: number; links: FolderLinks }): {
  document?: CompiledDocument;
  problems: SourceProblem[];
  assets: string[];
} {
  const { file, text, source, mtimeMs } = input;
  if (text.startsWith('---\n') && /^---\n[^\n]*:[^\n]*\n[^\n]*: *\[\n/m.test(text)) {
    return { problems: [{ file, line: 3, message: { id: 'YAML rusak', en: 'broken YAML' } }], assets: [] };
  }
  const { id, title } = peekFile(file, text);
  const rendered = renderMarkdown(text);
  const meta = {
    id: documentKey(source, id),
    type: 'guide',
    title,
    summary: '',
    tags: [],
    lang: 'id',
    updated: new Date(mtimeMs).toISOString().slice(0, 10),
    illustrative: false,
    sources: [],
  } as unknown as DocumentMeta;
  const assets = [...text.matchAll(/!\[\[([^\]]+)\]\]/g)].map((m) => m[1]!).filter((a) => input.links.assets.has(a));
  return { document: { meta, html: rendered.html, headings: rendered.headings, sections: splitSections(text) }, problems: [], assets };
}
