/**
 * A note's text box. Typing is saved after a short pause; the pending text is saved at once on
 * blur, when the editor goes away and when the window closes, so the last keystroke is never lost.
 * A failed save keeps the text in the box and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import type { Note, NoteTarget } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';
import { notesChanged } from './notesEvents';

const PAUSE_MS = 400;

interface Props {
  id: string;
  label: string;
  note: Note | null;
  target: NoteTarget;
  onSaved(note: Note): void;
  autoFocus?: boolean;
}

export function NoteEditor({ id, label, note, target, onSaved, autoFocus }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(note?.body ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const noteId = useRef(note?.id ?? null);
  const latest = useRef(text);
  const savedText = useRef(note?.body ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saved = useRef(onSaved);
  saved.current = onSaved;

  const save = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Saves run one after another; each sends the newest text, so a burst costs few writes.
    chain.current = chain.current.then(async () => {
      const body = latest.current;
      if (body === savedText.current) return;
      setState('saving');
      const result = noteId.current
        ? await callHost('notes:updateNote', { id: noteId.current, body })
        : await callHost('notes:createNote', { target, body });
      if (!result.ok) {
        setError(result.error);
        setState('idle');
        return;
      }
      noteId.current = result.value.id;
      savedText.current = body;
      setError(null);
      setState(latest.current === body ? 'saved' : 'saving');
      saved.current(result.value);
      notesChanged();
    });
  }, [target]);

  // The document's notes may arrive after the editor is shown (opening a document from search):
  // take the stored note then, unless the user has already started typing here.
  useEffect(() => {
    if (!note || noteId.current || latest.current !== savedText.current) return;
    noteId.current = note.id;
    savedText.current = note.body;
    latest.current = note.body;
    setText(note.body);
  }, [note]);

  useEffect(() => {
    const flush = () => {
      if (latest.current !== savedText.current) save();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [save]);

  return (
    <div className="note-editor">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        rows={3}
        maxLength={20000}
        autoFocus={autoFocus}
        placeholder={t('notes.notePlaceholder')}
        onChange={(event) => {
          setText(event.target.value);
          latest.current = event.target.value;
          setState('saving');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(save, PAUSE_MS);
        }}
        onBlur={save}
      />
      <span className="note-save-state" role="status">
        {state === 'saving' ? t('notes.saving') : state === 'saved' ? t('notes.saved') : ''}
      </span>
      {error ? <ErrorState error={error} /> : null}
    </div>
  );
}
