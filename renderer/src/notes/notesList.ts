/** The Notes page's list: one item per highlight (with its note) or per note without a highlight. */
import { parseQuery } from '../../../core/search/fulltext';
import { NotesSearchSource } from '../../../core/notes/notesSearchSource';
import type { NotesListing } from '../../../core/notes/contract';
import type { DocumentSummary } from '../../../core/content/types';
import type { Highlight, HighlightColour, Note } from '../../../core/notes/schema';
import { searchEntries } from './syncNotesSearch';

export interface NotesListItem {
  key: string;
  docId: string | null;
  docTitle: string;
  highlight: Highlight | null;
  note: Note | null;
  tags: string[];
  updatedAt: string;
}

export interface NotesFilter {
  docId: string;
  tag: string;
  colour: HighlightColour | '';
  since: string;
  sort: 'newest' | 'oldest' | 'document';
  query: string;
}

export function buildItems(listing: NotesListing, documents: DocumentSummary[], freeTitle: string): NotesListItem[] {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const items: NotesListItem[] = listing.highlights.map((h) => {
    const note = listing.notes.find((n) => n.target.kind === 'highlight' && n.target.highlightId === h.id) ?? null;
    return { key: `sorotan-${h.id}`, docId: h.docId, docTitle: titles.get(h.docId) ?? h.docId, highlight: h, note, tags: [...h.tags, ...(note?.tags ?? [])], updatedAt: note && note.updatedAt > h.updatedAt ? note.updatedAt : h.updatedAt };
  });
  for (const note of listing.notes) {
    if (note.target.kind === 'highlight' && listing.highlights.some((h) => h.id === (note.target as { highlightId: string }).highlightId)) continue;
    const docId = note.target.kind === 'free' ? null : note.target.docId;
    items.push({ key: `catatan-${note.id}`, docId, docTitle: docId ? (titles.get(docId) ?? docId) : freeTitle, highlight: null, note, tags: note.tags, updatedAt: note.updatedAt });
  }
  return items;
}

export function filterItems(items: NotesListItem[], listing: NotesListing, documents: DocumentSummary[], filter: NotesFilter, freeTitle: string): NotesListItem[] {
  let shown = items.filter(
    (item) =>
      (!filter.docId || (filter.docId === '-' ? item.docId === null : item.docId === filter.docId)) &&
      (!filter.tag || item.tags.includes(filter.tag)) &&
      (!filter.colour || item.highlight?.colour === filter.colour) &&
      (!filter.since || item.updatedAt.slice(0, 10) >= filter.since),
  );
  if (filter.query.trim()) {
    // The same source that answers the main search, so both find the same notes.
    const source = new NotesSearchSource(searchEntries(listing, documents, freeTitle));
    const slugs = source.matchingSlugs(parseQuery(filter.query));
    shown = shown.filter((item) => slugs.has(item.key));
  }
  const byTime = (a: NotesListItem, b: NotesListItem) => b.updatedAt.localeCompare(a.updatedAt);
  if (filter.sort === 'newest') return shown.sort(byTime);
  if (filter.sort === 'oldest') return shown.sort((a, b) => byTime(b, a));
  return shown.sort((a, b) => a.docTitle.localeCompare(b.docTitle, 'id') || (a.highlight?.anchor.offset ?? 0) - (b.highlight?.anchor.offset ?? 0));
}
