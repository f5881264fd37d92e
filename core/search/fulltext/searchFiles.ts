/**
 * Where the built search index lives in a compiled library folder, for the writer (build step)
 * and the readers (the renderer's worker, the command line).
 */
export const SEARCH_FILES = {
  /** Documents, sections, terms and vocabulary (JSON). */
  index: 'search-index.json',
  /** The packed postings (binary, see postingsTable.ts). */
  postings: 'search-postings.bin',
  /** One JSON array of section texts per document, read only for the hits shown. */
  textFolder: 'search-text',
} as const;

export function sectionTextFile(documentId: string): string {
  return `${SEARCH_FILES.textFolder}/${documentId}.json`;
}
