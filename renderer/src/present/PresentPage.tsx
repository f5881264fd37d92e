import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { IllustrativeBadge } from '../library/IllustrativeBadge';
import { PackList } from './packs/PackList';
import { usePresentActions } from './usePresentActions';
import './present.css';

/** Decks ready to present, and the trainer's session packs. */
export function PresentPage() {
  const { t } = useTranslation();
  const listing = useHostCall('library:list', undefined, 'all');
  const { present, presenter } = usePresentActions();
  const decks =
    listing.status === 'ready' ? listing.value.documents.filter((doc) => doc.type === 'seminar' && doc.presentable) : [];
  return (
    <div className="page present-page">
      <header className="page-header">
        <h1>{t('present.title')}</h1>
        <p className="lead">{t('present.intro')}</p>
      </header>
      <section className="present-section" aria-labelledby="present-decks">
        <h2 id="present-decks">{t('present.decksTitle')}</h2>
        {listing.status === 'loading' ? <Loading /> : null}
        {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
        {listing.status === 'ready' && decks.length === 0 ? (
          <EmptyState title={t('present.emptyTitle')}>
            <p>{t('present.emptyBody')}</p>
          </EmptyState>
        ) : null}
        {decks.length > 0 ? (
          <>
            <p className="present-notice">{t('present.keysHint')}</p>
            <ul className="deck-list">
              {decks.map((doc) => (
                <li key={doc.id} className="deck-item">
                  <span className="deck-item-text">
                    <Link to={`/dokumen/${doc.id}`}>
                      <strong>{doc.title}</strong>
                    </Link>
                    <small>{doc.summary}</small> {doc.illustrative ? <IllustrativeBadge /> : null}
                  </span>
                  <span className="deck-item-actions">
                    <button type="button" className="button-primary" onClick={() => void present('dokumen', doc.id)}>
                      {t('present.start')}
                    </button>
                    <button type="button" onClick={() => presenter('dokumen', doc.id)}>
                      {t('present.openPresenter')}
                    </button>
                    <Link className="button" to={`/cetak/dokumen/${doc.id}?tata=salindia&per=2`}>
                      {t('handout.make')}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
            <p className="present-hint">{t('present.anyDocument')}</p>
          </>
        ) : null}
      </section>
      <PackList />
    </div>
  );
}
