/**
 * What `library:list` sends for one document: the fields the home page, browse facets, pickers,
 * related documents and glossary marking need, and the source it came from. Every source
 * (bundled, folders, packs) lists its documents through this one function, so a field added to
 * the front matter reaches the renderer only when something there needs it.
 */
import { BUNDLED_SOURCE_ID } from '../sources/documentKey';
import type { DocumentMeta } from './schema';
import type { DocumentSummary } from './types';

export function toDocumentSummary(meta: DocumentMeta, source: string = BUNDLED_SOURCE_ID): DocumentSummary {
  const common = {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    tags: meta.tags,
    lang: meta.lang,
    updated: meta.updated,
    illustrative: meta.illustrative,
    ...(source === BUNDLED_SOURCE_ID ? {} : { source }),
  };
  switch (meta.type) {
    case 'practice': {
      const { type, agency, region, year, sector, status, sdgs } = meta;
      return { ...common, type, agency, region, year, sector, status, sdgs, ...(meta.award ? { award: meta.award } : {}) };
    }
    case 'seminar':
      return { ...common, type: 'seminar', presentable: meta.presentable };
    case 'guide':
      return { ...common, type: 'guide' };
    case 'glossary':
      return { ...common, type: 'glossary', terms: meta.terms };
    case 'dokumen':
      return { ...common, type: 'dokumen' };
  }
}
