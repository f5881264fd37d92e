/**
 * First launch: three starting points for the three kinds of users and the "Mulai di sini"
 * collection. Closing it is remembered in the user's settings; Help (and the command palette)
 * bring it back.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../../core/content/types';
import { DocumentCard } from '../DocumentCard';
import { START_HERE_IDS } from './startHere';

const STARTING_POINTS = [
  { key: 'read', to: '/jelajah?jenis=practice', more: '/cari' },
  { key: 'train', to: '/presentasi', more: '/dokumen/pelatihan-rencana-sesi-setengah-hari' },
  { key: 'annotate', to: '/catatan', more: '/dokumen/panduan-memilih-inovasi' },
] as const;

export function WelcomeSection({ documents, onDismiss }: { documents: readonly DocumentSummary[]; onDismiss(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const startId = useId();
  const byId = useMemo(() => new Map(documents.map((doc) => [doc.id, doc])), [documents]);
  const startHere = START_HERE_IDS.flatMap((id) => byId.get(id) ?? []);
  const known = (path: string) => !path.startsWith('/dokumen/') || byId.has(path.slice('/dokumen/'.length));

  return (
    <section className="welcome" aria-labelledby={headingId}>
      <div className="welcome-header">
        <h2 id={headingId}>{t('home.welcomeTitle')}</h2>
        <button type="button" className="welcome-dismiss" onClick={onDismiss}>
          {t('home.dismiss')}
        </button>
      </div>
      <p className="welcome-lead">{t('home.welcomeLead')}</p>
      <ul className="welcome-paths">
        {STARTING_POINTS.map((point) => (
          <li key={point.key} className={`welcome-path welcome-path-${point.key}`}>
            <h3>{t(`home.paths.${point.key}.title`)}</h3>
            <p>{t(`home.paths.${point.key}.body`)}</p>
            <p className="welcome-path-links">
              <Link to={point.to} className="welcome-path-primary">
                {t(`home.paths.${point.key}.action`)}
              </Link>
              {known(point.more) ? <Link to={point.more}>{t(`home.paths.${point.key}.more`)}</Link> : null}
            </p>
          </li>
        ))}
      </ul>
      {startHere.length > 0 ? (
        <section className="start-here" aria-labelledby={startId}>
          <h3 id={startId}>{t('home.startHereTitle')}</h3>
          <p className="hint">{t('home.startHereLead')}</p>
          <ul className="doc-grid">
            {startHere.map((doc) => (
              <DocumentCard key={doc.id} doc={doc} />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
