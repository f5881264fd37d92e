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

const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n---[ \t]*(?:\n|$)/g;

/** Where the front matter block ends, without splitting the whole file into lines (a folder has thousands). */
function frontMatterBlock(text: string): { yamlText: string; body: string; bodyLine: number } | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const yamlStart = opening[0].length;
  // An empty block: `---` directly followed by `---`.
  const empty = /^---[ \t]*(?:\n|$)/.exec(text.slice(yamlStart));
  let yamlEnd: number;
  let bodyStart: number;
  if (empty) {
    yamlEnd = yamlStart;
    bodyStart = yamlStart + empty[0].length;
  } else {
    CLOSING.lastIndex = yamlStart - 1;
    const closing = CLOSING.exec(text);
    if (!closing) return null;
    yamlEnd = closing.index;
    bodyStart = closing.index + closing[0].length;
  }
  const yamlText = text.slice(yamlStart, yamlEnd);
  let bodyLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) bodyLine++;
  return { yamlText, body: text.slice(bodyStart), bodyLine };
}

/**
 * Front matter, leniently: a file that does not start with `---`, or whose `---` is never closed
 * (a horizontal rule on the first line), has none, and all of it is body.
 */
export function readFolderFrontMatter(text: string): FolderFrontMatter {
  const block = frontMatterBlock(text);
  if (!block) return { data: null, body: text, bodyLine: 1 };
  const { yamlText, body, bodyLine } = block;
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

/** A top-level `key: value` line whose value is one plain or quoted scalar; anything else → undefined. */
function simpleScalar(yamlText: string, key: string): string | null | undefined {
  const match = new RegExp(`^${key}:(.*)$`, 'm').exec(yamlText);
  if (!match) return null;
  const value = (match[1] as string).trim();
  if (value === '') return undefined; // a block scalar or a nested value: let the parser read it
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value);
  if (double) {
    try {
      return JSON.parse(`"${double[1]}"`) as string;
    } catch {
      return undefined;
    }
  }
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(value);
  if (single) return (single[1] as string).replace(/''/g, "'");
  if (/^[|>[{&*!%@`'"]/.test(value)) return undefined;
  // Numbers, booleans and null are not strings to the parser: let it decide, as compile does.
  if (/^[-+.\d]|^(~|null|true|false|yes|no|on|off)(\s|$)/i.test(value)) return undefined;
  return value.replace(/\s+#.*$/, '');
}

/**
 * `id` and `title` without parsing the whole YAML when both are simple `key: value` lines (most
 * front matter), else from the parser. Same answers as compileFolderDocument's full parse.
 */
function frontMatterIdAndTitle(text: string): { data: Record<string, unknown> | null; body: string } {
  const block = frontMatterBlock(text);
  if (!block) return { data: null, body: text };
  const id = simpleScalar(block.yamlText, 'id');
  const title = simpleScalar(block.yamlText, 'title');
  if (id === undefined || title === undefined) return readFolderFrontMatter(text);
  const data: Record<string, unknown> = {};
  if (id !== null) data.id = id;
  if (title !== null) data.title = title;
  return { data, body: block.body };
}

export function peekFolderDocument(file: string, input: string): PeekedFolderDocument {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const front = frontMatterIdAndTitle(text);
  const id = isValidDocumentId(front.data?.id) ? front.data.id : documentIdFromPath(file);
  const title = frontMatterTitle(front.data) ?? firstHeading(front.body)?.text ?? titleFromFileName(file);
  return { id, title };
}
