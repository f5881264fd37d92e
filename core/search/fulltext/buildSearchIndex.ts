/**
 * Builds the search index at build time; the renderer only loads it, nothing is indexed at
 * start-up. Every section of a document (its heading and text) is its own entry; the first entry
 * also carries the document's title, summary, tags and metadata. Each entry goes through lunr's
 * pipeline with the Indonesian plugin (tokenizer, stop words, abbreviations, stemmer), and each
 * term is weighted with lunr's BM25 (same k1, b and idf as lunr.Builder) times the field's boost.
 *
 * What is stored is not lunr's serialized index: loading that (JSON.parse + lunr.Index.load) and
 * querying it cost ~10× the budget at 3,000 documents (see tests/bench). Instead the weights go
 * into a packed postings table (postingsTable.ts), and the section texts into one small file per
 * document, read only for the hits on screen (snippets) and for phrase checks.
 */
import lunr from 'lunr';
import { lunrIndonesian, stemIndonesian, tokenizeIndonesian } from '../indonesian';
import type { SearchableDocument } from '../types';
import { encodePostings } from './postingsTable';

export const SEARCH_INDEX_VERSION = 4;
/** Ends the summary at the start of a document's first section text. */
export const SUMMARY_END = '\n\n';

/**
 * Per document: [id, title, type, illustrative, sector, province, regency, year, status]. The
 * summary is not here: it opens the first section's text, which a hit loads anyway.
 */
export type StoredDocument = [string, string, string, 0 | 1, string, string, string, number, string];
/**
 * Per section: [document number, slug, heading, kind]. A document's sections are contiguous, its
 * speaker notes (kind SPEAKER_NOTES, one entry per slide that has them) after its text.
 */
export type StoredSection = [number, string, string] | [number, string, string, typeof SPEAKER_NOTES];
/** Marks an entry made of a deck's speaker notes (`Note:` blocks): searched only when asked. */
export const SPEAKER_NOTES = 1;

export interface SerializedSearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  documents: StoredDocument[];
  sections: StoredSection[];
  /** Indexed stems, sorted: row t of the postings table belongs to terms[t]. */
  terms: string[];
  /** [surface word, stem, count], sorted by surface word: for prefixes and spelling suggestions. */
  vocabulary: [string, string, number][];
  /** Document numbers in Indonesian title order, for stable tie-breaks without collating at load. */
  titleOrder: number[];
}

export interface BuiltSearchIndex {
  index: SerializedSearchIndex;
  postings: Uint8Array;
  /** Per document, the text of each of its sections (the first begins with the summary). */
  texts: string[][];
}

const FIELDS = [
  { name: 'title', boost: 8 },
  { name: 'heading', boost: 4 },
  { name: 'tags', boost: 3 },
  { name: 'meta', boost: 2 },
  { name: 'body', boost: 1 },
] as const;
// lunr.Builder's defaults.
const K1 = 1.2;
const B = 0.75;

/** lunr.idf: how rare a term is among entries. */
export function inverseDocumentFrequency(entriesWithTerm: number, entries: number): number {
  return Math.log(1 + Math.abs((entries - entriesWithTerm + 0.5) / (entriesWithTerm + 0.5)));
}

export function buildSearchIndex(documents: SearchableDocument[]): BuiltSearchIndex {
  const builder = new lunr.Builder();
  builder.use(lunrIndonesian);
  const analyse = (text: string): string[] =>
    text ? builder.pipeline.run(builder.tokenizer(text)).map((token) => token.toString()) : [];

  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(term, id);
      termNames.push(term);
    }
    return id;
  };

  const storedDocuments: StoredDocument[] = [];
  const storedSections: StoredSection[] = [];
  const texts: string[][] = [];
  /** Per entry, per field: the term ids of its tokens. */
  const entryFields: Int32Array[][] = [];
  const entriesWithTerm: number[] = [];
  const fieldTotals = FIELDS.map(() => ({ length: 0, entries: 0 }));
  const counts = new Map<string, number>();
  const count = (text: string) => {
    for (const word of tokenizeIndonesian(text)) if (word.length >= 3 && !/^\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };

  documents.forEach(({ meta, sections, speakerNotes }, docNumber) => {
    const practice = meta.type === 'practice' ? meta : null;
    const tags = meta.tags.join(' ').replace(/-/g, ' ');
    storedDocuments.push([
      meta.id, meta.title, meta.type, meta.illustrative ? 1 : 0,
      practice?.sector ?? '', practice?.region.province ?? '', practice?.region.regency ?? '', practice?.year ?? 0,
      practice?.status ?? '',
    ]);
    const metaText = practice ? `${practice.agency} ${practice.region.regency ?? ''} ${practice.region.province} ${practice.sector.replace(/-/g, ' ')}` : '';
    count(`${meta.title} ${meta.summary}`);
    const list = sections.length ? sections : [{ slug: '', heading: '', depth: 1, text: '' }];
    const notes = (speakerNotes ?? []).filter((n) => n.text.trim());
    const docTexts: string[] = [];
    [...list, ...notes].forEach((section, i) => {
      const lead = i === 0;
      const isNote = i >= list.length;
      const text = lead ? `${meta.summary}${SUMMARY_END}${section.text}` : section.text;
      docTexts.push(text);
      storedSections.push(isNote ? [docNumber, section.slug, section.heading, SPEAKER_NOTES] : [docNumber, section.slug, section.heading]);
      count(`${section.heading} ${section.text}`);
      const values = [lead ? meta.title : '', section.heading, lead ? tags : '', lead ? metaText : '', text];
      const fields = values.map((value, f) => {
        const ids = Int32Array.from(analyse(value), idOf);
        if (ids.length) {
          fieldTotals[f]!.length += ids.length;
          fieldTotals[f]!.entries += 1;
        }
        return ids;
      });
      for (const id of new Set(fields.flatMap((ids) => [...ids]))) entriesWithTerm[id] = (entriesWithTerm[id] ?? 0) + 1;
      entryFields.push(fields);
    });
    texts.push(docTexts);
  });

  // Fields that only the first entry carries are averaged over the entries that have them, so a
  // title is not judged "long" against sections that have none.
  const averageLength = fieldTotals.map((t) => (t.entries ? t.length / t.entries : 1));
  // Per term, flat [entry, weight, entry, weight, …]: tuples would cost gigabytes at 30,000 documents.
  const lists: number[][] = termNames.map(() => []);
  const entries = entryFields.length;
  entryFields.forEach((fields, entry) => {
    const weights = new Map<number, number>();
    fields.forEach((ids, f) => {
      if (!ids.length) return;
      const tf = new Map<number, number>();
      for (const id of ids) tf.set(id, (tf.get(id) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * ids.length) / averageLength[f]!);
      for (const [id, n] of tf) {
        const score = (inverseDocumentFrequency(entriesWithTerm[id]!, entries) * ((K1 + 1) * n)) / (norm + n);
        weights.set(id, (weights.get(id) ?? 0) + score * FIELDS[f]!.boost);
      }
    });
    for (const [id, weight] of weights) lists[id]!.push(entry, weight);
    entryFields[entry] = []; // free as we go: large libraries hold millions of tokens
  });

  const order = termNames.map((_, id) => id).sort((a, b) => (termNames[a]! < termNames[b]! ? -1 : 1));
  const vocabulary: [string, string, number][] = [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, n]) => [word, stemIndonesian(word), n]);
  const titleOrder = storedDocuments
    .map((d, i) => ({ title: d[1], i }))
    .sort((a, b) => a.title.localeCompare(b.title, 'id') || a.i - b.i)
    .map(({ i }) => i);
  return {
    index: {
      version: SEARCH_INDEX_VERSION,
      documents: storedDocuments,
      sections: storedSections,
      terms: order.map((id) => termNames[id]!),
      vocabulary,
      titleOrder,
    },
    postings: encodePostings(order.map((id) => lists[id]!)),
    texts,
  };
}
