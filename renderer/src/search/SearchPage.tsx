import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { DocumentCard } from '../library/DocumentCard';
import { matchesAllWords } from './matchesAllWords';

/**
 * Until the Indonesian full-text index lands, search matches every word against titles,
 * summaries and tags, so the top bar already leads somewhere useful.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const listing = useHostCall('library:list', undefined, 'all');

  return (
    <div className="page search-page">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
      </header>
      {!query ? <p className="lead">{t('search.prompt')}</p> : null}
      {query && listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {query && listing.status === 'ready'
        ? (() => {
            const hits = listing.value.documents.filter((doc) =>
              matchesAllWords(query, [doc.title, doc.summary, ...doc.tags].join(' ')),
            );
            if (hits.length === 0) {
              return (
                <EmptyState title={t('search.noneTitle', { query })}>
                  <p>{t('search.noneHint')}</p>
                </EmptyState>
              );
            }
            return (
              <>
                <p role="status" className="result-count">
                  {t('search.results', { count: hits.length, query })}
                </p>
                <ul className="doc-grid">
                  {hits.map((doc) => (
                    <DocumentCard key={doc.id} doc={doc} />
                  ))}
                </ul>
              </>
            );
          })()
        : null}
    </div>
  );
}
