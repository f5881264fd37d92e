import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../core/content/types';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { IllustrativeBadge } from './IllustrativeBadge';

export function DocumentCard({ doc }: { doc: DocumentSummary }) {
  return (
    <li className="doc-card">
      <ItemBoundary rawText={[doc.title, doc.summary].join('\n\n')}>
        <DocumentCardLink doc={doc} />
      </ItemBoundary>
    </li>
  );
}

function DocumentCardLink({ doc }: { doc: DocumentSummary }) {
  const { t, i18n } = useTranslation();
  const updated = new Date(`${doc.updated}T00:00:00`).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <Link to={`/dokumen/${doc.id}`} className="doc-card-link">
      <span className={`doc-type doc-type-${doc.type}`}>{t(`types.${doc.type}`)}</span>
      <strong className="doc-card-title">{doc.title}</strong>
      <span className="doc-card-summary">{doc.summary}</span>
      <span className="doc-card-meta">
        {doc.type === 'practice' ? (
          <span>
            {[doc.region.regency, doc.region.province].filter(Boolean).join(', ')} · {t(`sectors.${doc.sector}`)} · {doc.year}
          </span>
        ) : null}
        <span>{t('library.updated', { date: updated })}</span>
        {doc.illustrative ? <IllustrativeBadge /> : null}
      </span>
    </Link>
  );
}
