/**
 * One Markdown file → one compiled document, or the problems that keep it out. Pure: the build
 * script does the file I/O, so the same checks run in tests and for user-added folders.
 */
import { lineOfKey, splitFrontMatter } from './frontMatter';
import { renderMarkdown } from './renderMarkdown';
import { DocumentMetaSchema } from './schema';
import type { LibraryDocument } from './types';

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export type CompileResult = { ok: true; document: LibraryDocument } | { ok: false; problems: ContentProblem[] };

export function compileDocument(file: string, text: string): CompileResult {
  if (text.includes('\u0000')) return { ok: false, problems: [{ file, line: 1, message: 'berkas biner, bukan teks Markdown' }] };
  const front = splitFrontMatter(text);
  if (front.error) return { ok: false, problems: [{ file, ...front.error }] };
  const parsed = DocumentMetaSchema.safeParse(front.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const where = issue.path.map(String).join('.');
        return { file, line: key ? lineOfKey(text, key) : 1, message: where ? `${where}: ${issue.message}` : issue.message };
      }),
    };
  }
  const { html, headings } = renderMarkdown(front.body);
  return { ok: true, document: { meta: parsed.data, html, headings } };
}
