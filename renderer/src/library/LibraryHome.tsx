import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DOCUMENT_TYPES } from '../../../core/content/schema';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { ReadingShortcuts } from '../notes/ReadingShortcuts';
import { DocumentCard } from './DocumentCard';

/** The home page is an overview: a few documents per type, the rest one click away in /jelajah. */
export const HOME_CARDS_PER_TYPE = 6;

export function LibraryHome() {
  const { t } = useTranslation();
  const listing = useHostCall('library:list', undefined, 'all');

  return (
    <div className="page library-home">
      <header className="page-header">
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.intro')}</p>
        <p className="browse-entry">
          <Link to="/jelajah" className="browse-entry-link">
            {t('browse.openFromHome')}
          </Link>
          <span className="hint">{t('browse.openFromHomeHint')}</span>
        </p>
      </header>
      {listing.status === 'ready' ? <ReadingShortcuts documents={listing.value.documents} /> : null}
      {listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {listing.status === 'ready' && listing.value.documents.length === 0 ? (
        <EmptyState title={t('library.emptyTitle')}>
          <p>{t('library.emptyBody')}</p>
          {listing.value.problems.length > 0 ? (
            <details>
              <summary>{t('library.problemsTitle')}</summary>
              <ul>
                {listing.value.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </EmptyState>
      ) : null}
      {listing.status === 'ready' && listing.value.documents.length > 0
        ? DOCUMENT_TYPES.map((type) => {
            const docs = listing.value.documents.filter((doc) => doc.type === type);
            if (docs.length === 0) return null;
            // Newest first, so an updated library shows what changed.
            const shown = docs
              .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'id'))
              .slice(0, HOME_CARDS_PER_TYPE);
            return (
              <section key={type} className="type-group" aria-labelledby={`group-${type}`}>
                <h2 id={`group-${type}`}>
                  {t(`typeGroups.${type}`)} <span className="count">{t('library.count', { count: docs.length })}</span>
                </h2>
                <ul className="doc-grid">
                  {shown.map((doc) => (
                    <DocumentCard key={doc.id} doc={doc} />
                  ))}
                </ul>
                {docs.length > shown.length ? (
                  <p className="see-all">
                    <Link to={`/jelajah?jenis=${type}`}>{t('library.seeAll', { count: docs.length, group: t(`typeGroups.${type}`) })}</Link>
                  </p>
                ) : null}
              </section>
            );
          })
        : null}
    </div>
  );
}
