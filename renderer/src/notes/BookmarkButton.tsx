import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import { Bookmark as BookmarkIcon, BookmarkCheck } from 'lucide-react';

/** Bookmark or un-bookmark a document (the whole document; sections are a later refinement). */
export function BookmarkButton({ docId, label }: { docId: string; label: string }) {
  const { t } = useTranslation();
  const [bookmark, setBookmark] = useState<Bookmark | null>(null);
  useEffect(() => {
    let current = true;
    void callHost('bookmarks:list').then((result) => {
      if (current && result.ok) setBookmark(result.value.bookmarks.find((b) => b.docId === docId && !b.slug) ?? null);
    });
    return () => {
      current = false;
    };
  }, [docId]);
  return (
    <button
      type="button"
      className="button bookmark-button"
      aria-pressed={Boolean(bookmark)}
      onClick={async () => {
        if (bookmark) {
          const result = await callHost('bookmarks:remove', { id: bookmark.id });
          if (result.ok) setBookmark(null);
        } else {
          const result = await callHost('bookmarks:add', { docId, label: label.slice(0, 200) });
          if (result.ok) setBookmark(result.value);
        }
      }}
    >
      {bookmark ? <BookmarkCheck className="icon" aria-hidden="true" /> : <BookmarkIcon className="icon" aria-hidden="true" />}
      {bookmark ? t('notes.bookmarked') : t('notes.bookmark')}
    </button>
  );
}
