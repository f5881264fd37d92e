/**
 * Keeps the search worker's copy of the user's notes current: at start-up and after every change.
 * Notes then appear in the main search results, labelled as notes.
 */
import { useEffect } from 'react';
import type { NoteSearchEntry } from '../../../core/notes/notesSearchSource';
import type { DocumentSummary } from '../../../core/content/types';
import type { NotesListing } from '../../../core/notes/contract';
import { callHost } from '../api/host';
import { setSearchableNotes } from '../search/searchClient';
import { onNotesChanged } from './notesEvents';

export function searchEntries(listing: NotesListing, documents: DocumentSummary[], freeTitle: string): NoteSearchEntry[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const notesOn = new Map<string, string[]>();
  const entries: NoteSearchEntry[] = [];
  for (const note of listing.notes) {
    if (note.target.kind === 'highlight') notesOn.set(note.target.highlightId, [...(notesOn.get(note.target.highlightId) ?? []), note.body]);
  }
  for (const h of listing.highlights) {
    const doc = docs.get(h.docId);
    entries.push({ slug: `sorotan-${h.id}`, docId: h.docId, title: doc?.title ?? h.docId, type: doc?.type ?? 'practice', text: [h.anchor.quote, ...(notesOn.get(h.id) ?? []), ...h.tags].join('\n') });
  }
  for (const note of listing.notes) {
    if (note.target.kind === 'highlight') continue;
    const docId = note.target.kind === 'document' ? note.target.docId : null;
    const doc = docId ? docs.get(docId) : undefined;
    entries.push({ slug: `catatan-${note.id}`, docId, title: doc?.title ?? docId ?? freeTitle, type: doc?.type ?? 'guide', text: [note.body, ...note.tags].join('\n') });
  }
  return entries;
}

export function useNotesSearchSync(freeTitle: string): void {
  useEffect(() => {
    let current = true;
    const sync = async () => {
      const [notes, library] = await Promise.all([callHost('notes:list'), callHost('library:list')]);
      if (!current || !notes.ok) return;
      setSearchableNotes(searchEntries(notes.value, library.ok ? library.value.documents : [], freeTitle));
    };
    void sync();
    const stop = onNotesChanged(() => void sync());
    return () => {
      current = false;
      stop();
    };
  }, [freeTitle]);
}
