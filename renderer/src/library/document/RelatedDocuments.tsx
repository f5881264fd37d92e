import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../core/content/types';
import { DocumentCard } from '../DocumentCard';

export function RelatedDocuments({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('document.related')}</h2>
      <ul className="doc-grid">
        {documents.map((doc) => (
          <DocumentCard key={doc.id} doc={doc} />
        ))}
      </ul>
    </section>
  );
}
