/**
 * What `library:list` sends for one document: the fields the home page, browse facets and
 * pickers need, and the source it came from. Every source (bundled, folders, packs) lists its
 * documents through this one function.
 */
import { BUNDLED_SOURCE_ID } from '../sources/documentKey';
import type { DocumentMeta } from './schema';
import type { DocumentSummary } from './types';

export function toDocumentSummary(meta: DocumentMeta, source: string = BUNDLED_SOURCE_ID): DocumentSummary {
  return source === BUNDLED_SOURCE_ID ? meta : { ...meta, source };
}
