/**
 * Builds the serialized search index at build time: one lunr entry per document section, with
 * the Indonesian pipeline, plus the little the engine needs to answer without the documents
 * (titles and metadata for hits and facets, section text for snippets, a vocabulary for prefix
 * and typo lookups). The renderer only loads this; nothing is indexed at start-up.
 */
import lunr from 'lunr';
import { lunrIndonesian, stemIndonesian, tokenizeIndonesian } from '../indonesian';
import type { SearchableDocument } from '../types';

export const SEARCH_INDEX_VERSION = 3;

/** Per document: [id, title, type, summary, illustrative, sector, province, regency, year, status, tags]. */
export type StoredDocument = [string, string, string, string, 0 | 1, string, string, string, number, string, string];
/** Per section: [document number, slug, heading, text]. */
export type StoredSection = [number, string, string, string];

export interface SerializedSearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  lunr: object;
  documents: StoredDocument[];
  sections: StoredSection[];
  /** [surface word, stem, count], sorted by surface word: for prefixes and spelling suggestions. */
  vocabulary: [string, string, number][];
}

export function buildSearchIndex(documents: SearchableDocument[]): SerializedSearchIndex {
  const storedDocuments: StoredDocument[] = [];
  const storedSections: StoredSection[] = [];
  const counts = new Map<string, number>();
  const count = (text: string) => {
    for (const word of tokenizeIndonesian(text)) if (word.length >= 3 && !/^\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };

  // One lunr entry per document (scoring cost grows with entries: per section it was seven times
  // slower); the engine ranks a hit's sections itself, from the stored section text.
  const index = lunr(function () {
    this.use(lunrIndonesian);
    this.ref('ref');
    this.field('title', { boost: 8 });
    this.field('heading', { boost: 4 });
    this.field('tags', { boost: 3 });
    this.field('meta', { boost: 2 });
    this.field('body');
    documents.forEach(({ meta, sections }, docNumber) => {
      const practice = meta.type === 'practice' ? meta : null;
      const tags = meta.tags.join(' ').replace(/-/g, ' ');
      storedDocuments.push([
        meta.id, meta.title, meta.type, meta.summary, meta.illustrative ? 1 : 0,
        practice?.sector ?? '', practice?.region.province ?? '', practice?.region.regency ?? '', practice?.year ?? 0,
        practice?.status ?? '', tags,
      ]);
      const metaText = practice ? `${practice.agency} ${practice.region.regency ?? ''} ${practice.region.province} ${practice.sector.replace(/-/g, ' ')}` : '';
      count(`${meta.title} ${meta.summary}`);
      // The summary opens the document: it belongs to the first section's text (for snippets).
      const withSummary = sections.length ? sections : [{ slug: '', heading: '', depth: 1, text: '' }];
      withSummary.forEach((section, i) => {
        storedSections.push([docNumber, section.slug, section.heading, i === 0 ? `${meta.summary}\n${section.text}` : section.text]);
        count(`${section.heading} ${section.text}`);
      });
      this.add({
        ref: String(docNumber),
        title: meta.title,
        heading: sections.map((s) => s.heading).join('\n'),
        tags,
        meta: metaText,
        body: `${meta.summary}\n${sections.map((s) => s.text).join('\n')}`,
      });
    });
  });

  const vocabulary: [string, string, number][] = [...counts]
    .filter(([, n]) => n >= 1)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, n]) => [word, stemIndonesian(word), n]);
  return { version: SEARCH_INDEX_VERSION, lunr: index.toJSON(), documents: storedDocuments, sections: storedSections, vocabulary };
}
