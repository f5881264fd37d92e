import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentMeta } from '../../../core/content/schema';
import { isDeck } from '../../../core/present/splitIntoSlides';
import { usePresentActions } from './usePresentActions';

/** In the reader: present this document (any document can be), or print a handout of it. */
export function PresentDocumentActions({ meta }: { meta: DocumentMeta }) {
  const { t } = useTranslation();
  const { present } = usePresentActions();
  const deck = isDeck(meta);
  return (
    <div className="reader-toolbar present-document-actions">
      <button type="button" onClick={() => void present('dokumen', meta.id)}>
        {t('present.presentThis')}
      </button>
      <Link className="button" to={`/cetak/dokumen/${meta.id}${deck ? '?tata=salindia&per=2' : '?tata=dokumen'}`}>
        {t('handout.make')}
      </Link>
    </div>
  );
}
