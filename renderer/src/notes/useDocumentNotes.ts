/** The highlights and notes of one document, and every change to them, with undo for deletes. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../core/errors';
import type { RemovedRecords } from '../../../core/notes/contract';
import type { Anchor, Highlight, HighlightColour, Note } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import { notesChanged } from './notesEvents';

export interface UndoOffer {
  message: string;
  records: RemovedRecords;
}

export function useDocumentNotes(docId: string) {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void callHost('notes:forDocument', { docId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setHighlights(result.value.highlights);
        setNotes(result.value.notes);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [docId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const createHighlight = useCallback(
    async (anchor: Anchor, colour: HighlightColour, note?: string) => {
      const result = await callHost('notes:createHighlight', { docId, anchor, colour, ...(note === undefined ? {} : { note }) });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      setError(null);
      setHighlights((list) => [...list, result.value.highlight]);
      if (result.value.note) setNotes((list) => [...list, result.value.note!]);
      notesChanged();
      return result.value;
    },
    [docId],
  );

  const updateHighlight = useCallback(async (id: string, patch: { colour?: HighlightColour; anchor?: Anchor; detached?: boolean; tags?: string[] }, quiet = false) => {
    const result = await callHost('notes:updateHighlight', { id, ...patch });
    if (!result.ok) {
      if (!quiet) setError(result.error);
      return;
    }
    setHighlights((list) => list.map((h) => (h.id === id ? result.value : h)));
    notesChanged();
  }, []);

  const deleteHighlight = useCallback(async (id: string, message: string) => {
    const result = await callHost('notes:deleteHighlight', { id });
    if (!result.ok) return setError(result.error);
    setHighlights((list) => list.filter((h) => h.id !== id));
    setNotes((list) => list.filter((n) => !(n.target.kind === 'highlight' && n.target.highlightId === id)));
    setUndo({ message, records: result.value });
    notesChanged();
  }, []);

  const deleteNote = useCallback(async (id: string, message: string) => {
    const result = await callHost('notes:deleteNote', { id });
    if (!result.ok) return setError(result.error);
    setNotes((list) => list.filter((n) => n.id !== id));
    setUndo({ message, records: result.value });
    notesChanged();
  }, []);

  const undoDelete = useCallback(async () => {
    if (!undo) return;
    const result = await callHost('notes:restore', undo.records);
    if (!result.ok) return setError(result.error);
    setUndo(null);
    reload();
    notesChanged();
  }, [undo, reload]);

  /** A note editor saved a note: keep the list in step without reloading. */
  const noteSaved = useCallback((note: Note) => {
    setNotes((list) => (list.some((n) => n.id === note.id) ? list.map((n) => (n.id === note.id ? note : n)) : [...list, note]));
  }, []);

  return { highlights, notes, error, undo, createHighlight, updateHighlight, deleteHighlight, deleteNote, undoDelete, noteSaved, dismissUndo: () => setUndo(null), reload };
}
