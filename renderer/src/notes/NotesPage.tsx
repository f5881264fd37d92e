/**
 * All notes and highlights: filter by document, tag, colour and date, sort, search the bodies and
 * quotes (through the same search source as the main search), export and import.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DocumentSummary } from '../../../core/content/types';
import type { NotesListing, RemovedRecords } from '../../../core/notes/contract';
import { HIGHLIGHT_COLOURS } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import { DateField } from '../components/DateField';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import type { ApiError } from '../../../core/errors';
import { NoteEditor } from './NoteEditor';
import { NotesTransfer } from './NotesTransfer';
import { notesChanged, onNotesChanged } from './notesEvents';
import { buildItems, filterItems, type NotesFilter, type NotesListItem } from './notesList';
import { NoteCard, noteItemText } from './NoteCard';
import './notes.css';

export function NotesPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [listing, setListing] = useState<NotesListing | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [undo, setUndo] = useState<RemovedRecords | null>(null);
  const [writing, setWriting] = useState(false);
  const [filter, setFilter] = useState<NotesFilter>({ docId: '', tag: '', colour: '', since: '', sort: 'newest', query: params.get('q') ?? '' });
  const freeTitle = t('notes.freeNotes');

  const load = useCallback(async () => {
    const [notes, library] = await Promise.all([callHost('notes:list'), callHost('library:list')]);
    if (notes.ok) setListing(notes.value);
    else setError(notes.error);
    if (library.ok) setDocuments(library.value.documents);
  }, []);
  useEffect(() => {
    void load();
    return onNotesChanged(() => void load());
  }, [load]);

  const items = useMemo(() => (listing ? buildItems(listing, documents, freeTitle) : []), [listing, documents, freeTitle]);
  const shown = useMemo(() => (listing ? filterItems(items, listing, documents, filter, freeTitle) : []), [items, listing, documents, filter, freeTitle]);
  const docOptions = useMemo(() => [...new Map(items.filter((i) => i.docId).map((i) => [i.docId!, i.docTitle])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'id')), [items]);
  const tags = useMemo(() => [...new Set(items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b, 'id')), [items]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  const set = (patch: Partial<NotesFilter>) => setFilter((f) => ({ ...f, ...patch }));

  async function restore(records: RemovedRecords) {
    const result = await callHost('notes:restore', records);
    if (!result.ok) return setError(result.error);
    setUndo(null);
    notesChanged();
  }
  async function remove(item: NotesListItem) {
    const result = item.highlight ? await callHost('notes:deleteHighlight', { id: item.highlight.id }) : await callHost('notes:deleteNote', { id: item.note!.id });
    if (!result.ok) return setError(result.error);
    setUndo(result.value);
    notesChanged();
  }

  return (
    <div className="page notes-page">
      <header className="page-header">
        <h1>{t('notes.title')}</h1>
        <p className="lead">{t('notes.intro')}</p>
      </header>
      <NotesTransfer
        onImported={() => {
          // The undo of a deletion made before the import would restore into different notes.
          setUndo(null);
          notesChanged();
        }}
      />
      {error ? <ErrorState error={error} /> : null}
      {undo ? (
        <p className="undo-bar" role="status">
          {t('notes.noteDeleted')}{' '}
          <button type="button" className="link-button" onClick={() => void restore(undo)}>
            {t('notes.undo')}
          </button>
        </p>
      ) : null}
      {!listing && !error ? <Loading /> : null}
      {listing ? (
        <>
          <div className="notes-tools" role="search" aria-label={t('notes.filtersLabel')}>
            <label className="notes-search">
              {t('notes.searchLabel')}
              <input type="search" value={filter.query} placeholder={t('notes.searchPlaceholder')} onChange={(e) => set({ query: e.target.value })} />
            </label>
            <label>
              {t('notes.filterDocument')}
              <select value={filter.docId} onChange={(e) => set({ docId: e.target.value })}>
                <option value="">{t('notes.all')}</option>
                {docOptions.map(([docId, title]) => (
                  <option key={docId} value={docId}>
                    {title}
                  </option>
                ))}
                <option value="-">{t('notes.freeNotes')}</option>
              </select>
            </label>
            <label>
              {t('notes.filterTag')}
              <select value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
                <option value="">{t('notes.all')}</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('notes.filterColour')}
              <select value={filter.colour} onChange={(e) => set({ colour: e.target.value as NotesFilter['colour'] })}>
                <option value="">{t('notes.all')}</option>
                {HIGHLIGHT_COLOURS.map((colour) => (
                  <option key={colour} value={colour}>
                    {t(`notes.colours.${colour}`)}
                  </option>
                ))}
              </select>
            </label>
            <DateField label={t('notes.filterSince')} value={filter.since} onChange={(since) => set({ since })} />
            <label>
              {t('notes.sort')}
              <select value={filter.sort} onChange={(e) => set({ sort: e.target.value as NotesFilter['sort'] })}>
                <option value="newest">{t('notes.sortNewest')}</option>
                <option value="oldest">{t('notes.sortOldest')}</option>
                <option value="document">{t('notes.sortDocument')}</option>
              </select>
            </label>
          </div>
          <p className="hint" role="status">
            {t('notes.count', { count: shown.length })}
          </p>
          {writing ? (
            <NoteEditor id="catatan-lepas-baru" label={t('notes.newFreeNote')} note={null} target={{ kind: 'free' }} onSaved={() => undefined} autoFocus />
          ) : (
            <button type="button" className="button" onClick={() => setWriting(true)}>
              {t('notes.newFreeNote')}
            </button>
          )}
          {items.length === 0 ? (
            <EmptyState title={t('notes.emptyTitle')}>
              <p>{t('notes.emptyBody')}</p>
            </EmptyState>
          ) : shown.length === 0 ? (
            <p className="hint">{t('notes.noMatches')}</p>
          ) : (
            <ul className="notes-list">
              {shown.map((item) => (
                <li key={item.key} className="notes-item" data-note-item={item.key}>
                  <ItemBoundary rawText={noteItemText(item)}>
                    <NoteCard item={item} dateFormat={dateFormat} />
                  </ItemBoundary>
                  <button type="button" className="link-button danger-link" onClick={() => void remove(item)}>
                    {t('notes.delete')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
