/**
 * A session pack that ships with the app: its details and materials, read-only. It can be
 * presented, printed as a handout and duplicated (the copy is the trainer's own, to change).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DocumentSummary } from '../../../../core/content/types';
import type { ApiError } from '../../../../core/errors';
import type { SessionPack } from '../../../../core/present/sessionPack';
import { callHost } from '../../api/host';
import { ErrorState } from '../../components/StatusMessage';
import { usePresentActions } from '../usePresentActions';
import { formatPackDate } from './packDates';
import { useSectionTitles } from './useSectionTitles';
import '../present.css';

export function BundledPackView({ pack, documents }: { pack: SessionPack; documents: DocumentSummary[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { present, presenter } = usePresentActions();
  const [error, setError] = useState<ApiError | null>(null);
  const sectionTitles = useSectionTitles(pack.items);
  const titleOf = (docId: string) => documents.find((d) => d.id === docId)?.title ?? docId;
  const details = [
    formatPackDate(pack.date, i18n.language),
    pack.audience,
    pack.trainer,
    pack.durationMinutes ? t('handout.minutes', { count: pack.durationMinutes }) : '',
  ].filter(Boolean);

  const duplicate = async () => {
    setError(null);
    const result = await callHost('packs:duplicate', { id: pack.id });
    if (result.ok) void navigate(`/presentasi/paket/${result.value.id}`);
    else setError(result.error);
  };

  return (
    <div className="page pack-editor">
      <p className="document-nav">
        <Link to="/presentasi" className="back-link">
          {t('packs.back')}
        </Link>
      </p>
      <header className="page-header">
        <h1>
          {pack.title} <span className="badge badge-bundled">{t('packs.bundled')}</span>
        </h1>
      </header>
      <p className="present-notice">{t('packs.bundledIntro')}</p>
      {details.length ? <p className="present-hint">{details.join(' · ')}</p> : null}
      {error ? <ErrorState error={error} /> : null}
      <h2>{t('packs.itemsTitle')}</h2>
      <ol className="pack-items" aria-label={t('packs.itemsTitle')}>
        {pack.items.map((item, i) => (
          <li key={`${item.docId}-${item.sectionId ?? ''}-${i}`}>
            <span className="pack-item-label">
              {i + 1}. <Link to={`/dokumen/${item.docId}`}>{titleOf(item.docId)}</Link>
              {item.sectionId ? ` › ${sectionTitles.get(`${item.docId}#${item.sectionId}`) ?? item.sectionId}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <section className="present-section" aria-label={t('packs.actions')}>
        <div className="present-toolbar">
          <button type="button" className="button-primary" disabled={pack.items.length === 0} onClick={() => void present('paket', pack.id)}>
            {t('present.start')}
          </button>
          <button type="button" disabled={pack.items.length === 0} onClick={() => presenter('paket', pack.id)}>
            {t('present.openPresenter')}
          </button>
          <Link className="button" to={`/cetak/paket/${pack.id}?tata=dokumen`}>
            {t('handout.make')}
          </Link>
          <button type="button" onClick={() => void duplicate()}>
            {t('packs.duplicate')}
          </button>
        </div>
      </section>
    </div>
  );
}
