import { useTranslation } from 'react-i18next';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { DocumentCard } from '../library/DocumentCard';

export function PresentPage() {
  const { t } = useTranslation();
  const listing = useHostCall('library:list', undefined, 'all');
  const decks =
    listing.status === 'ready' ? listing.value.documents.filter((doc) => doc.type === 'seminar' && doc.presentable) : [];
  return (
    <div className="page present-page">
      <header className="page-header">
        <h1>{t('present.title')}</h1>
        <p className="lead">{t('present.intro')}</p>
      </header>
      {listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {listing.status === 'ready' && decks.length === 0 ? (
        <EmptyState title={t('present.emptyTitle')}>
          <p>{t('present.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {decks.length > 0 ? (
        <ul className="doc-grid">
          {decks.map((doc) => (
            <DocumentCard key={doc.id} doc={doc} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
