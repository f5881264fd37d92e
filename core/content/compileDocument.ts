/**
 * Markdown files → compiled documents, or the problems that keep them out. Pure: the build script
 * does the file I/O, so the same checks run in tests and for any library folder.
 * Two passes: first every document's metadata and headings (so links can be checked), then render.
 */
import { Lexer } from 'marked';
import { describeSchemaIssue } from './describeSchemaIssue';
import { lineOfKey, splitFrontMatter } from './frontMatter';
import { ruleProblems, type ContentRules } from './contentRules';
import type { LinkContext, LinkTarget } from './links';
import { createSlugger, renderMarkdown } from './renderMarkdown';
import { DOCUMENT_TYPES, DocumentMetaSchema, PRACTICE_SECTIONS, type DocumentMeta } from './schema';
import { splitSections } from './sections';
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
  if (!DOCUMENT_TYPES.includes(type as (typeof DOCUMENT_TYPES)[number])) {
    return {
      ok: false,
      problems: [{ file, line: lineOfKey(text, 'type'), message: `jenis dokumen tidak dikenal: ${JSON.stringify(type)} (pilihan: ${DOCUMENT_TYPES.join(', ')})` }],
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
  Lexer.lex(front.body, { gfm: true }).forEach((token) => {
    if (token.type !== 'heading') return;
    headingTexts.push({ depth: token.depth, text: token.text });
    headingSlugs.push(nextSlug(token.text));
  });
  return { ok: true, parsed: { file, text, meta: result.data, keys: Object.keys(data), body: front.body, bodyLine: front.bodyLine, headingSlugs, headingTexts } };
}

function structureProblems(parsed: ParsedSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file, text, meta, headingTexts, bodyLine } = parsed;
  const expectedName = `${meta.id}.md`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
    problems.push({ file, line: lineOfKey(text, 'id'), message: `nama berkas harus sama dengan id: ${expectedName}` });
  }
  if (headingTexts.some((h) => h.depth === 1)) {
    problems.push({ file, line: lineOf(text, '\n# ', bodyLine) + 1, message: 'judul tingkat 1 (#) tidak dipakai di isi; judul diambil dari "title"' });
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

export function compileSources(sources: SourceFile[], assetExists: (path: string) => boolean, rules: ContentRules = {}): LibraryCompileResult {
  const problems: ContentProblem[] = [];
  const parsedById = new Map<string, ParsedSource>();
  for (const source of sources) {
    const result = parseSource(source);
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
    const context: LinkContext = { file: parsed.file, documents: documentsForLinks, idByPath, assetExists };
    const rendered = renderMarkdown(parsed.body, context);
    const own = structureProblems(parsed);
    own.push(...ruleProblems(parsed, rules).map((p) => ({ file: parsed.file, ...p })));
    for (const problem of rendered.problems) {
      const needle = /: (.+?)(?: \(|$)/.exec(problem)?.[1] ?? '';
      own.push({ file: parsed.file, line: lineOf(parsed.text, needle, parsed.bodyLine), message: problem });
    }
    problems.push(...own);
    documents.push({ meta: parsed.meta, html: rendered.html, headings: rendered.headings, sections: splitSections(parsed.body) });
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
