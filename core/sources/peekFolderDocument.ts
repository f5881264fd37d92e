/**
 * Pass 1 over a user's folder: each file's id and title, cheaply (no Markdown rendering), so every
 * wiki link can be resolved before any document is compiled. compileFolderDocument derives the
 * same id and title the same way.
 */
import { parseDocument } from 'yaml';
import { documentIdFromPath, isValidDocumentId, titleFromFileName } from './folderDocumentId';

export interface FolderFrontMatter {
  /** The YAML as a plain object; null when absent or not a mapping. */
  data: Record<string, unknown> | null;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** YAML a parser rejects: its 1-based line in the file and the parser's reason. */
  error?: { line: number; reason: string };
}

const FENCE_LINE = /^---[ \t]*$/;

/**
 * Front matter, leniently: a file that does not start with `---`, or whose `---` is never closed
 * (a horizontal rule on the first line), has none, and all of it is body.
 */
export function readFolderFrontMatter(text: string): FolderFrontMatter {
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || !FENCE_LINE.test(text.slice(0, firstBreak))) return { data: null, body: text, bodyLine: 1 };
  const lines = text.split('\n');
  const closing = lines.findIndex((line, index) => index > 0 && FENCE_LINE.test(line));
  if (closing === -1) return { data: null, body: text, bodyLine: 1 };
  const yamlText = lines.slice(1, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const bodyLine = closing + 2;
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // +1 for the opening `---`: the parser counts from the first line of the YAML itself.
    const line = (first.linePos?.[0]?.line ?? 1) + 1;
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { data: null, body, bodyLine, error: { line, reason } };
  }
  const data: unknown = doc.toJS();
  const mapping = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  return { data: mapping, body, bodyLine };
}

/** The first level-1 heading outside code fences, as text, and its line within `body` (0-based). */
export function firstHeading(body: string): { text: string; line: number } | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] as string;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      const text = plainHeading(heading[1] as string);
      if (text) return { text, line: i };
    }
  }
  return null;
}

/** Heading Markdown made plain for a title: `**Tebal**`, `[[tautan|teks]]`, `` `kode` `` keep their words. */
function plainHeading(text: string): string {
  return text
    .replace(/!?\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, label?: string) => label ?? target)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export function frontMatterTitle(data: Record<string, unknown> | null): string | null {
  const title = data?.title;
  if (typeof title === 'string' && title.trim() !== '') return title.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (typeof title === 'number') return String(title);
  return null;
}

export interface PeekedFolderDocument {
  /** The document id within its source (not yet the key). */
  id: string;
  title: string;
}

export function peekFolderDocument(file: string, text: string): PeekedFolderDocument {
  const front = readFolderFrontMatter(text);
  const id = isValidDocumentId(front.data?.id) ? front.data.id : documentIdFromPath(file);
  const title = frontMatterTitle(front.data) ?? firstHeading(front.body)?.text ?? titleFromFileName(file);
  return { id, title };
}
