/**
 * The metadata of a user's document, from whatever its front matter gives. Front matter that
 * follows content/README.md is used exactly as in the bundled library (same schema); anything
 * else becomes a `dokumen` that keeps every field that is usable (title, summary, tags, updated,
 * lang, sources) and falls back for the rest. A document is never refused for its metadata.
 */
import { DocumentMetaSchema, type DocumentMeta, type DokumenMeta } from '../content/schema';
import { markdownToPlainText } from '../content/sections';
import { asciiSlug } from './folderDocumentId';

const SUMMARY_MAX = 200;
const KNOWN_TYPES = new Set(['practice', 'seminar', 'guide', 'glossary', 'dokumen']);

/** `YYYY-MM-DD` in the user's own time zone (a file saved late at night keeps its date). */
export function localDate(ms: number): string {
  const date = Number.isFinite(ms) ? new Date(ms) : new Date(0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function validDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

/** Tags as a list or as `a, b`; each made a slug (`Layanan Publik` → `layanan-publik`), Obsidian's `#` dropped. */
function usableTags(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  const tags = raw
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .map((tag) => asciiSlug(String(tag).replace(/^#/, '')).slice(0, 40).replace(/-+$/, ''))
    .filter((tag) => tag !== '');
  return [...new Set(tags)].slice(0, 12);
}

const cut = (text: string, max: number) => {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,.;:]+$/, '')}…`;
};

/** The first paragraph of the body as plain text: what a reader sees first. */
export function firstParagraph(body: string): string {
  const lines = body.split('\n');
  let fence = false;
  const paragraph: string[] = [];
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) {
      fence = !fence;
      if (paragraph.length) break;
      continue;
    }
    if (fence) continue;
    const blank = line.trim() === '';
    // Headings, tables, HTML, rules, images, footnotes and lists are not the paragraph a reader starts with.
    const notProse = /^ {0,3}(#{1,6}\s|\||<|(-{3,}|\*{3,}|_{3,})\s*$|!\[)/.test(line) || /^\s*(\[\^[^\]]+\]:|[-*+]\s|\d{1,9}[.)]\s)/.test(line);
    if (blank || notProse) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(line);
    if (paragraph.length > 20) break;
  }
  return markdownToPlainText(paragraph.join('\n')).replace(/\s+/g, ' ').trim();
}

export function folderDocumentMeta(args: {
  key: string;
  title: string;
  data: Record<string, unknown> | null;
  body: string;
  mtimeMs: number;
}): DocumentMeta {
  const { key, title, data, body, mtimeMs } = args;
  if (data && KNOWN_TYPES.has(String(data.type))) {
    const strict = DocumentMetaSchema.safeParse(data);
    if (strict.success) return { ...strict.data, id: key };
  }
  const summaryText = typeof data?.summary === 'string' ? data.summary.replace(/\s+/g, ' ').trim() : '';
  const sources = Array.isArray(data?.sources) ? data.sources.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  const meta: DokumenMeta = {
    id: key,
    type: 'dokumen',
    title,
    summary: cut(summaryText || firstParagraph(body) || title, summaryText ? 400 : SUMMARY_MAX),
    tags: usableTags(data?.tags),
    lang: data?.lang === 'en' ? 'en' : 'id',
    updated: validDate(data?.updated) ?? validDate(data?.date) ?? localDate(mtimeMs),
    sources,
    illustrative: data?.illustrative === true,
  };
  return meta;
}
