/**
 * The user's notes and highlights as a search source (the seam in core/search/types.ts): one hit
 * per document that has matching notes, labelled source 'notes', each matching note a "section"
 * whose slug opens that highlight. Free-standing notes gather under FREE_NOTES_HIT_ID.
 */
import { stemIndonesian, tokenizeIndonesian } from '../search/indonesian';
import { makeSnippet, snippetMatcher, type SnippetMatcher } from '../search/fulltext/snippets';
import type { DocumentHit, ParsedQuery, SearchSource } from '../search/types';
import type { DocumentType } from '../content/schema';

export const NOTES_SOURCE = 'notes';
export const FREE_NOTES_HIT_ID = '';

/** One searchable thing: a highlight (its quote and its notes) or a note without a highlight. */
export interface NoteSearchEntry {
  /** The highlight's or note's id; opens it as `sorotan-<id>` / `catatan-<id>`. */
  slug: string;
  docId: string | null;
  title: string;
  type: DocumentType;
  text: string;
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const term of tokenizeIndonesian(text)) {
    out.add(term);
    out.add(stemIndonesian(term));
  }
  return out;
}

export class NotesSearchSource implements SearchSource {
  readonly name = NOTES_SOURCE;
  private entries: { entry: NoteSearchEntry; stems: Set<string> }[] = [];

  constructor(entries: NoteSearchEntry[] = []) {
    this.replace(entries);
  }

  replace(entries: NoteSearchEntry[]): void {
    this.entries = entries.map((entry) => ({ entry, stems: stems(entry.text) }));
  }

  private wanted(query: ParsedQuery) {
    return [...query.words, ...query.phrases].flatMap((w) => tokenizeIndonesian(w)).map((w) => [w, stemIndonesian(w)] as const);
  }

  private matching(wanted: (readonly [string, string])[]) {
    if (wanted.length === 0) return [];
    return this.entries.filter(({ stems: have }) => wanted.every(([word, stem]) => have.has(word) || have.has(stem)));
  }

  /** Every matching entry's slug (the Notes page filters with this). */
  matchingSlugs(query: ParsedQuery): Set<string> {
    return new Set(this.matching(this.wanted(query)).map(({ entry }) => entry.slug));
  }

  search(query: ParsedQuery): DocumentHit[] {
    const wanted = this.wanted(query);
    const stemSet = new Set(wanted.flatMap((pair) => [...pair]));
    // Notes are short and unindexed: a word matches when it or its stem is one of the query's.
    const matcher: SnippetMatcher = { has: (word) => stemSet.has(word) || stemSet.has(stemIndonesian(word)), pattern: snippetMatcher(stemSet).pattern };
    const byDoc = new Map<string, DocumentHit>();
    for (const { entry } of this.matching(wanted)) {
      const id = entry.docId ?? FREE_NOTES_HIT_ID;
      const hit = byDoc.get(id) ?? { source: NOTES_SOURCE, id, title: entry.title, type: entry.type, summary: '', illustrative: false, score: 0, sections: [] };
      // On lunr's scale: a note that has every word is a good match; more notes, a better one.
      hit.score += 8;
      hit.sections.push({ slug: entry.slug, heading: entry.title, score: 1, snippet: makeSnippet(entry.text, matcher) });
      byDoc.set(id, hit);
    }
    return [...byDoc.values()].map((hit) => ({ ...hit, sections: hit.sections.slice(0, 3) }));
  }
}
