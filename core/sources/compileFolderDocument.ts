/**
 * One file of a user's folder → a compiled document the library lists, reads and searches, plus
 * the problems worth showing and the assets the document refers to (the indexer copies only
 * those). Lenient (issue #13): plain Markdown without front matter is a document; only YAML that
 * cannot be read, a binary file or an id another file already has keep a file out.
 * `meta.id` is the document key (`<source>~<id>`), so indexes and listings built from it carry keys.
 */
import type { DocumentMeta } from '../content/schema';
import type { CompiledDocument } from '../content/types';
import { documentKey } from './documentKey';
import { documentIdFromPath, isValidDocumentId, normaliseRelativePath, titleFromFileName } from './folderDocumentId';
import { folderDocumentMeta } from './folderDocumentMeta';
import { plainSections, sectionsFromTokens } from './folderSections';
import type { FolderLinkTable } from './folderLinkTable';
import { folderProblems } from './folderProblems';
import { firstHeading, frontMatterTitle, readFolderFrontMatter } from './peekFolderDocument';
import { renderFolderMarkdown } from './renderFolderMarkdown';
import type { SourceProblem } from './types';

export type FolderDocument = CompiledDocument & { meta: DocumentMeta; source: string; file: string };

export interface FolderCompileInput {
  source: string;
  /** Path relative to the folder root (`/` separators; `\` is accepted). */
  file: string;
  /** Decoded text (decodeFolderFile). */
  text: string;
  /** The file's modification time: `updated` when the front matter has none. */
  mtimeMs: number;
  links: FolderLinkTable;
}

export interface FolderCompileResult {
  document?: FolderDocument;
  problems: SourceProblem[];
  /** Asset paths relative to the folder root that the document shows or links to. */
  assets: string[];
}

/** 1-based line of the first occurrence of `needle` in `text`, or `fallback`. */
function lineOf(text: string, needle: string, fallback: number): number {
  const at = needle ? text.indexOf(needle) : -1;
  if (at === -1) return fallback;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const fold = (text: string) => text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/**
 * The body without the heading that became the title, so the reader does not show the title
 * twice. The line is blanked, not removed, so problems still point at the right line.
 */
function withoutTitleHeading(body: string, title: string): string {
  const heading = firstHeading(body);
  if (!heading || fold(heading.text) !== fold(title)) return body;
  let start = 0;
  for (let i = 0; i < heading.line; i++) start = body.indexOf('\n', start) + 1;
  const end = body.indexOf('\n', start);
  return body.slice(0, start) + (end === -1 ? '' : body.slice(end));
}

export function compileFolderDocument(input: FolderCompileInput): FolderCompileResult {
  const file = normaliseRelativePath(input.file);
  const { source, links } = input;
  // decodeFolderFile already gives `\n` line ends; text from elsewhere may not.
  const text = input.text.includes('\r') ? input.text.replace(/\r\n?/g, '\n') : input.text;
  try {
    if (text.includes('\u0000')) return { problems: [folderProblems.binary(file)], assets: [] };
    const front = readFolderFrontMatter(text);
    if (front.error) return { problems: [folderProblems.yaml(file, front.error.line, front.error.reason)], assets: [] };
    const ownId = isValidDocumentId(front.data?.id);
    const id = ownId ? (front.data?.id as string) : documentIdFromPath(file);
    const firstFile = links.duplicateOf.get(file);
    if (firstFile !== undefined) {
      const line = ownId ? lineOf(text, '\nid:', 0) + 1 : undefined;
      return { problems: [folderProblems.duplicateId(file, line, id, firstFile)], assets: [] };
    }
    const title = frontMatterTitle(front.data) ?? firstHeading(front.body)?.text ?? titleFromFileName(file);
    const body = withoutTitleHeading(front.body, title);
    const key = documentKey(source, id);
    const meta = folderDocumentMeta({ key, title, data: front.data, body, mtimeMs: input.mtimeMs });

    const rendered = renderFolderMarkdown(body, { source, file, links });
    const problems: SourceProblem[] = [];
    for (const target of rendered.outside) problems.push(folderProblems.outsideFolder(file, lineOf(text, target, front.bodyLine), target));
    for (const target of rendered.missingImages) problems.push(folderProblems.missingImage(file, lineOf(text, target, front.bodyLine), target));
    if (rendered.failure) problems.push(folderProblems.markdownFailed(file, front.bodyLine + rendered.failure.line - 1));

    const document: FolderDocument = {
      meta,
      source,
      file,
      html: rendered.html,
      headings: rendered.headings,
      sections: rendered.failure ? plainSections(body) : sectionsFromTokens(rendered.tokens, meta),
    };
    return { document, problems, assets: rendered.assets };
  } catch (error) {
    // Whatever else goes wrong stays this file's problem, never the whole folder's.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';
    return { problems: [folderProblems.unexpected(file, reason)], assets: [] };
  }
}
