/** One item of the Notes page: where it is, when it changed, its tags, the quote and the note. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotesListItem } from './notesList';
import { renderNoteMarkdown } from './renderNoteMarkdown';

/** What the item shows, as plain text, if it cannot be rendered (see ItemBoundary). */
export function noteItemText(item: NotesListItem): string {
  return [item.docTitle, item.highlight?.anchor.quote, item.note?.body].filter(Boolean).join('\n\n');
}

export function NoteCard({ item, dateFormat }: { item: NotesListItem; dateFormat: Intl.DateTimeFormat }) {
  const { t } = useTranslation();
  const body = item.note?.body ?? '';
  const html = useMemo(() => (body ? renderNoteMarkdown(body) : ''), [body]);
  return (
    <>
      <div className="notes-item-head">
        {item.docId ? <Link to={`/dokumen/${item.docId}?bagian=${item.highlight ? item.key : ''}`}>{item.docTitle}</Link> : <strong>{item.docTitle}</strong>}
        {item.highlight?.detached ? <span className="badge detached-badge">{t('notes.detachedBadge')}</span> : null}
        <span>{t('notes.updatedAt', { date: dateFormat.format(new Date(item.updatedAt)) })}</span>
        {item.tags.map((tag) => (
          <span key={tag} className="badge notes-badge">
            #{tag}
          </span>
        ))}
      </div>
      {item.highlight ? <blockquote className={`quote-${item.highlight.colour}`}>{item.highlight.anchor.quote}</blockquote> : null}
      {html ? <div className="note-body" dangerouslySetInnerHTML={{ __html: html }} /> : null}
    </>
  );
}
