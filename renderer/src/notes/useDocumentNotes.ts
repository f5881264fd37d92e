/** The highlights and notes of one document, and every change to them, with undo for deletes. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../core/errors';
import type { RemovedRecords } from '../../../core/notes/contract';
import type { Anchor, Highlight, HighlightColour, Note } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import { notesChanged } from './notesEvents';

/** The last delete or edit, and how to take it back. */
export interface UndoOffer {
  message: string;
  run(): Promise<void>;
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
    offerRestore(message, result.value);
    notesChanged();
  }, []);

  const deleteNote = useCallback(async (id: string, message: string) => {
    const result = await callHost('notes:deleteNote', { id });
    if (!result.ok) return setError(result.error);
    setNotes((list) => list.filter((n) => n.id !== id));
    offerRestore(message, result.value);
    notesChanged();
  }, []);

  const offerRestore = (message: string, records: RemovedRecords) =>
    setUndo({
      message,
      run: async () => {
        const result = await callHost('notes:restore', records);
        if (!result.ok) return setError(result.error);
        setVersion((v) => v + 1);
        notesChanged();
      },
    });

  /** A colour change, with undo back to the colour before. */
  const changeColour = useCallback(
    async (id: string, colour: HighlightColour, message: string) => {
      const before = highlights.find((h) => h.id === id)?.colour;
      await updateHighlight(id, { colour });
      if (before && before !== colour) setUndo({ message, run: () => updateHighlight(id, { colour: before }) });
    },
    [highlights, updateHighlight],
  );

  const undoLast = useCallback(async () => {
    if (!undo) return;
    setUndo(null);
    await undo.run();
  }, [undo]);

  /** A note editor saved a note: keep the list in step without reloading. */
  const noteSaved = useCallback((note: Note) => {
    setNotes((list) => (list.some((n) => n.id === note.id) ? list.map((n) => (n.id === note.id ? note : n)) : [...list, note]));
  }, []);

  return { highlights, notes, error, undo, createHighlight, updateHighlight, changeColour, deleteHighlight, deleteNote, undoLast, noteSaved, dismissUndo: () => setUndo(null), reload };
}
