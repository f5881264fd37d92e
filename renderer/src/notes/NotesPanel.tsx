/**
 * The notes panel beside a document: its bookmark, a note on the whole document, each highlight
 * with its note (in reading order), and the detached ones ("Catatan terlepas") with their quotes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import { HIGHLIGHT_COLOURS, type Highlight, type HighlightColour, type Note } from '../../../core/notes/schema';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { ErrorState } from '../components/StatusMessage';
import { BookmarkButton } from './BookmarkButton';
import { NoteEditor } from './NoteEditor';
import type { UndoOffer } from './useDocumentNotes';
import './notes.css';
import { X } from 'lucide-react';

interface Props {
  docId: string;
  docTitle: string;
  highlights: Highlight[];
  notes: Note[];
  activeId: string | null;
  readOnly: boolean;
  error: ApiError | null;
  undo: UndoOffer | null;
  onUndo(): void;
  onDismissUndo(): void;
  onColour(id: string, colour: HighlightColour): void;
  onTags(id: string, tags: string[]): void;
  onDelete(id: string): void;
  onNoteSaved(note: Note): void;
}

/** Tags as one comma-separated field, saved when it loses focus (or on Enter). */
function TagsField({ id, tags, disabled, onChange }: { id: string; tags: string[]; disabled: boolean; onChange(tags: string[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => setText(tags.join(', ')), [tags]);
  const commit = () => {
    const next = [...new Set(text.split(',').map((tag) => tag.trim().slice(0, 40)).filter(Boolean))].slice(0, 20);
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  return (
    <label className="tags-field" htmlFor={id}>
      <span>{t('notes.tagsLabel')}</span>
      <input id={id} type="text" value={text} disabled={disabled} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </label>
  );
}

const shortQuote = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

export function NotesPanel(props: Props) {
  const { t } = useTranslation();
  const { docId, highlights, notes } = props;
  const noteOf = (id: string) => notes.find((n) => n.target.kind === 'highlight' && n.target.highlightId === id) ?? null;
  const docNote = notes.find((n) => n.target.kind === 'document') ?? null;
  const ordered = [...highlights].sort((a, b) => a.anchor.offset - b.anchor.offset);
  const attached = ordered.filter((h) => !h.detached);
  const detached = ordered.filter((h) => h.detached);

  const item = (h: Highlight) => (
    <li key={h.id} className={`panel-highlight${props.activeId === h.id ? ' is-active' : ''}`} data-panel-highlight={h.id}>
      <ItemBoundary rawText={[h.anchor.quote, noteOf(h.id)?.body].filter(Boolean).join('\n\n')}>
        <blockquote className={`panel-quote quote-${h.colour}`}>{h.anchor.quote}</blockquote>
        {h.anchor.headingPath.length ? <p className="panel-section">{h.anchor.headingPath.join(' › ')}</p> : null}
        <NoteEditor
          id={`catatan-sorotan-${h.id}`}
          label={t('notes.noteLabel', { quote: shortQuote(h.anchor.quote) })}
          note={noteOf(h.id)}
          target={{ kind: 'highlight', highlightId: h.id, docId }}
          onSaved={props.onNoteSaved}
          autoFocus={props.activeId === h.id}
        />
        <TagsField id={`label-${h.id}`} tags={h.tags} disabled={props.readOnly} onChange={(tags) => props.onTags(h.id, tags)} />
      </ItemBoundary>
      <div className="panel-actions">
        <span className="panel-colours" role="group" aria-label={t('notes.colourLabel')}>
          {HIGHLIGHT_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              className={`swatch swatch-small swatch-${colour}`}
              aria-pressed={h.colour === colour}
              aria-label={t('notes.highlightIn', { colour: t(`notes.colours.${colour}`) })}
              disabled={props.readOnly}
              onClick={() => props.onColour(h.id, colour)}
            />
          ))}
        </span>
        <button type="button" className="link-button danger-link" disabled={props.readOnly} aria-label={t('notes.deleteHighlight', { quote: shortQuote(h.anchor.quote) })} onClick={() => props.onDelete(h.id)}>
          {t('notes.delete')}
        </button>
      </div>
    </li>
  );

  return (
    <section className="notes-panel" aria-labelledby="notes-panel-title">
      <h2 id="notes-panel-title">{t('notes.panelTitle')}</h2>
      <BookmarkButton docId={docId} label={props.docTitle} />
      {props.error ? <ErrorState error={props.error} /> : null}
      {props.undo ? (
        <p className="undo-bar" role="status">
          {props.undo.message}{' '}
          <button type="button" className="link-button" onClick={props.onUndo}>
            {t('notes.undo')}
          </button>
          <button type="button" className="link-button" aria-label={t('notes.dismiss')} onClick={props.onDismissUndo}>
            <X className="icon" aria-hidden="true" />
          </button>
        </p>
      ) : null}
      <details className="document-note" open={Boolean(docNote)}>
        <summary>{t('notes.documentNote')}</summary>
        <NoteEditor id={`catatan-dokumen-${docId}`} label={t('notes.addDocumentNote')} note={docNote} target={{ kind: 'document', docId }} onSaved={props.onNoteSaved} />
      </details>
      {attached.length === 0 && detached.length === 0 ? <p className="hint">{t('notes.panelEmpty')}</p> : null}
      <ul className="panel-list">{attached.map(item)}</ul>
      {detached.length > 0 ? (
        <section className="detached" aria-labelledby="detached-title">
          <h3 id="detached-title">{t('notes.detachedTitle')}</h3>
          <p className="hint">{t('notes.detachedHelp')}</p>
          <ul className="panel-list">{detached.map(item)}</ul>
        </section>
      ) : null}
    </section>
  );
}
