/**
 * Markdown files → compiled documents, or the problems that keep them out. Pure: the build script
 * does the file I/O, so the same checks run in tests and for any library folder.
 * Two passes: first every document's metadata and headings (so links can be checked), then render.
 */
import { Lexer, type Token } from 'marked';
import { describeSchemaIssue } from './describeSchemaIssue';
import { lineOfKey, splitFrontMatter } from './frontMatter';
import { ruleProblems, type ContentRules } from './contentRules';
import { resolveWikiLink, type LinkContext, type LinkTarget } from './links';
import { createSlugger, renderMarkdown } from './renderMarkdown';
import { BUNDLED_DOCUMENT_TYPES, DocumentMetaSchema, PRACTICE_SECTIONS, type DocumentMeta } from './schema';
import { isDeck } from '../present/splitIntoSlides';
import { speakerNoteSections, splitSections, withoutSpeakerNoteBlocks, type WikiLinkText } from './sections';
import type { CompiledDocument } from './types';

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface SourceFile {
  /** Library-relative path with `/` separators. */
  file: string;
  text: string;
}

interface ParsedSource {
  file: string;
  text: string;
  meta: DocumentMeta;
  keys: string[];
  body: string;
  bodyLine: number;
  headingSlugs: string[];
  headingTexts: { depth: number; text: string }[];
  /** marked could not read the body (it is kept, as plain text); the outline checks are skipped. */
  unreadableBody: boolean;
  /** Raw HTML in the body (content/README.md: "Tidak boleh ada HTML mentah"), with its body line. */
  rawHtml: { bodyOffset: number; snippet: string }[];
}

/** Every raw HTML token, block or inline, inside one top-level token (code is left alone). */
function htmlInside(token: Token): string[] {
  if (token.type === 'html') return [token.raw];
  const found: string[] = [];
  const children = [
    ...(('tokens' in token && Array.isArray(token.tokens) ? token.tokens : []) as Token[]),
    ...(('items' in token && Array.isArray(token.items) ? token.items : []) as Token[]),
  ];
  if (token.type === 'table') {
    const table = token as unknown as { header: { tokens: Token[] }[]; rows: { tokens: Token[] }[][] };
    for (const cell of [...table.header, ...table.rows.flat()]) children.push(...cell.tokens);
  }
  for (const child of children) found.push(...htmlInside(child));
  return found;
}

/** Where raw HTML appears in a body: the character offset of each piece, in order, and its start. */
function findRawHtml(body: string, tokens: Token[]): { bodyOffset: number; snippet: string }[] {
  const text = body.replace(/\r\n?/g, '\n');
  const found: { bodyOffset: number; snippet: string }[] = [];
  let cursor = 0;
  for (const html of tokens.flatMap(htmlInside)) {
    const at = text.indexOf(html, cursor);
    if (at !== -1) cursor = at + html.length;
    const snippet = html.trim().split('\n')[0] ?? '';
    found.push({ bodyOffset: at === -1 ? cursor : at, snippet: snippet.length > 60 ? `${snippet.slice(0, 59)}…` : snippet });
  }
  return found;
}

function lineOf(text: string, needle: string, fallback: number): number {
  const index = needle ? text.indexOf(needle) : -1;
  return index === -1 ? fallback : text.slice(0, index).split('\n').length;
}

function parseSource({ file, text }: SourceFile): { ok: true; parsed: ParsedSource } | { ok: false; problems: ContentProblem[] } {
  if (text.includes('\u0000')) return { ok: false, problems: [{ file, line: 1, message: 'berkas biner, bukan teks Markdown' }] };
  const front = splitFrontMatter(text);
  if (front.error) return { ok: false, problems: [{ file, ...front.error }] };
  const data = front.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ file, line: 1, message: 'front matter harus berupa pasangan kunci: nilai' }] };
  }
  const type = (data as Record<string, unknown>).type;
  if (type === undefined) return { ok: false, problems: [{ file, line: 1, message: 'kunci wajib "type" tidak ada' }] };
  // `dokumen` is for a user's folder only (core/sources): the bundled library keeps its four types.
  if (!BUNDLED_DOCUMENT_TYPES.includes(type as (typeof BUNDLED_DOCUMENT_TYPES)[number])) {
    return {
      ok: false,
      problems: [{ file, line: lineOfKey(text, 'type'), message: `jenis dokumen tidak dikenal: ${JSON.stringify(type)} (pilihan: ${BUNDLED_DOCUMENT_TYPES.join(', ')})` }],
    };
  }
  const result = DocumentMetaSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        line:
          issue.path[0] !== undefined
            ? lineOfKey(text, String(issue.path[0]))
            : issue.code === 'unrecognized_keys'
              ? lineOfKey(text, issue.keys[0] ?? '')
              : 1,
        message: describeSchemaIssue(issue, data),
      })),
    };
  }
  const nextSlug = createSlugger();
  const headingTexts: { depth: number; text: string }[] = [];
  const headingSlugs: string[] = [];
  let unreadableBody = false;
  let tokens: Token[] = [];
  try {
    tokens = Lexer.lex(front.body, { gfm: true });
  } catch {
    // Reported with its line when the body is rendered (renderMarkdown falls back the same way).
    unreadableBody = true;
  }
  tokens.forEach((token) => {
    if (token.type !== 'heading') return;
    headingTexts.push({ depth: token.depth, text: token.text });
    headingSlugs.push(nextSlug(token.text));
  });
  const rawHtml = findRawHtml(front.body, tokens);
  return { ok: true, parsed: { file, text, meta: result.data, keys: Object.keys(data), body: front.body, bodyLine: front.bodyLine, headingSlugs, headingTexts, unreadableBody, rawHtml } };
}

function structureProblems(parsed: ParsedSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file, text, meta, headingTexts, bodyLine, body, rawHtml } = parsed;
  const expectedName = `${meta.id}.md`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
    problems.push({ file, line: lineOfKey(text, 'id'), message: `nama berkas harus sama dengan id: ${expectedName}` });
  }
  // Without a readable body there is no outline to check; the render failure says what is wrong.
  if (parsed.unreadableBody) return problems;
  if (headingTexts.some((h) => h.depth === 1)) {
    problems.push({ file, line: lineOf(text, '\n# ', bodyLine) + 1, message: 'judul tingkat 1 (#) tidak dipakai di isi; judul diambil dari "title"' });
  }
  // The reader sanitises whatever gets through, but the library itself is written in Markdown only.
  const htmlLines = new Set<number>();
  for (const html of rawHtml) {
    const line = bodyLine + (body.replace(/\r\n?/g, '\n').slice(0, html.bodyOffset).match(/\n/g)?.length ?? 0);
    if (htmlLines.has(line)) continue; // one report per line: `<b>tebal</b>` is one problem, not two
    htmlLines.add(line);
    problems.push({ file, line, message: `HTML mentah tidak dipakai di isi; tulis dengan Markdown: ${html.snippet}` });
  }
  if (meta.type === 'practice') {
    const sections = headingTexts.filter((h) => h.depth === 2).map((h) => h.text);
    const missing = PRACTICE_SECTIONS.filter((s) => !sections.includes(s));
    if (missing.length) problems.push({ file, line: bodyLine, message: `bagian wajib profil praktik tidak ada: ${missing.join(', ')}` });
    const order = sections.filter((s) => (PRACTICE_SECTIONS as readonly string[]).includes(s));
    if (!missing.length && order.join('|') !== PRACTICE_SECTIONS.join('|')) {
      problems.push({ file, line: bodyLine, message: `urutan bagian harus: ${PRACTICE_SECTIONS.join(', ')}` });
    }
  }
  return problems;
}

export interface LibraryCompileResult {
  documents: CompiledDocument[];
  problems: ContentProblem[];
}

/** One parsed document rendered and checked; its problems are added to `problems`. */
function compileParsed(parsed: ParsedSource, context: LinkContext, rules: ContentRules, problems: ContentProblem[]): CompiledDocument {
  const rendered = renderMarkdown(parsed.body, context);
  const own = structureProblems(parsed);
  own.push(...ruleProblems(parsed, rules).map((p) => ({ file: parsed.file, ...p })));
  for (const problem of rendered.problems) {
    const needle = /: (.+?)(?: \(|$)/.exec(problem)?.[1] ?? '';
    own.push({ file: parsed.file, line: lineOf(parsed.text, needle, parsed.bodyLine), message: problem });
  }
  if (rendered.failure) {
    own.push({ file: parsed.file, line: parsed.bodyLine + rendered.failure.line - 1, message: rendered.failure.message });
  }
  // The index holds what a reader sees: a wiki link's title, not the id it points at.
  const linkText: WikiLinkText = (raw) => {
    const resolved = resolveWikiLink(raw, context);
    return 'problem' in resolved ? undefined : resolved.title;
  };
  const deck = isDeck(parsed.meta);
  const sections = splitSections(withoutSpeakerNoteBlocks(parsed.body, deck), linkText);
  const speakerNotes = deck ? speakerNoteSections(parsed.body, deck, linkText) : [];
  problems.push(...own);
  return { meta: parsed.meta, html: rendered.html, headings: rendered.headings, sections, ...(speakerNotes.length ? { speakerNotes } : {}) };
}

/** Whatever else goes wrong inside one document is that document's problem, never the whole run's. */
function unexpected(file: string, line: number, error: unknown): ContentProblem {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';
  return { file, line, message: `dokumen tidak dapat disusun (${reason})` };
}

function parseGuarded(source: SourceFile): ReturnType<typeof parseSource> {
  try {
    return parseSource(source);
  } catch (error) {
    return { ok: false, problems: [unexpected(source.file, 1, error)] };
  }
}

export function compileSources(sources: SourceFile[], assetExists: (path: string) => boolean, rules: ContentRules = {}): LibraryCompileResult {
  const problems: ContentProblem[] = [];
  const parsedById = new Map<string, ParsedSource>();
  for (const source of sources) {
    const result = parseGuarded(source);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { parsed } = result;
    const first = parsedById.get(parsed.meta.id);
    if (first) {
      problems.push({ file: parsed.file, line: lineOfKey(parsed.text, 'id'), message: `id "${parsed.meta.id}" sudah dipakai oleh ${first.file}` });
      continue;
    }
    parsedById.set(parsed.meta.id, parsed);
  }

  const documentsForLinks = new Map<string, LinkTarget>();
  const idByPath = new Map<string, string>();
  for (const parsed of parsedById.values()) {
    documentsForLinks.set(parsed.meta.id, { title: parsed.meta.title, slugs: new Set(parsed.headingSlugs) });
    idByPath.set(parsed.file, parsed.meta.id);
  }

  const documents: CompiledDocument[] = [];
  for (const parsed of parsedById.values()) {
    try {
      documents.push(compileParsed(parsed, { file: parsed.file, documents: documentsForLinks, idByPath, assetExists }, rules, problems));
    } catch (error) {
      problems.push(unexpected(parsed.file, parsed.bodyLine, error));
    }
  }
  return { documents, problems };
}

/** One file on its own (links to other documents cannot be checked this way). */
export function compileDocument(file: string, text: string): { ok: true; document: CompiledDocument } | { ok: false; problems: ContentProblem[] } {
  const result = compileSources([{ file, text }], () => true);
  const document = result.documents[0];
  const hard = result.problems.filter((p) => !p.message.startsWith('tautan ke'));
  if (!document || hard.length > 0) return { ok: false, problems: result.problems };
  return { ok: true, document };
}
