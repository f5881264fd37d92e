/** On the library home: continue reading (recently opened) and bookmarks. Hidden when both are empty. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecentDocument } from '../../../core/api';
import type { DocumentSummary } from '../../../core/content/types';
import type { Bookmark } from '../../../core/notes/schema';
import { callHost } from '../api/host';
import './notes.css';

const SHOWN = 4;

export function ReadingShortcuts({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentDocument[]>([]);
  const [bookmarks, setBookmarks] = useState<Bookmark[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all([callHost('reading:recent'), callHost('bookmarks:list')]).then(([r, b]) => {
      if (!current) return;
      if (r.ok) setRecent(r.value.recent);
      if (b.ok) setBookmarks(b.value.bookmarks);
    });
    return () => {
      current = false;
    };
  }, []);
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const recentShown = recent.filter((r) => titles.has(r.id)).slice(0, SHOWN);
  const bookmarksShown = bookmarks.filter((b) => titles.has(b.docId)).slice(0, SHOWN);
  if (recentShown.length === 0 && bookmarksShown.length === 0) return null;
  return (
    <div className="reading-shortcuts">
      {recentShown.length > 0 ? (
        <section aria-labelledby="continue-reading">
          <h2 id="continue-reading">{t('notes.continueReading')}</h2>
          <ul>
            {recentShown.map((r) => (
              <li key={r.id}>
                <Link to={`/dokumen/${r.id}`} state={{ resumeAt: r.position ?? 0 }}>
                  {titles.get(r.id)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {bookmarksShown.length > 0 ? (
        <section aria-labelledby="bookmarks-title">
          <h2 id="bookmarks-title">{t('notes.bookmarks')}</h2>
          <ul>
            {bookmarksShown.map((b) => (
              <li key={b.id}>
                <Link to={`/dokumen/${b.docId}${b.slug ? `?bagian=${b.slug}` : ''}`}>{titles.get(b.docId)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
