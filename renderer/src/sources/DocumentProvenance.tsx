/**
 * Where a document comes from, in the reader: its source's name and, for a folder document, the
 * file's path inside the folder with "Buka berkas" and "Tampilkan di folder". Where the host
 * cannot open files (the web preview), it says where the file is instead.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';
import type { ApiError } from '../../../core/errors';
import { joinRoot } from './sourceFormat';
import { useSources } from './useSources';
import './sources.css';

interface ProvenanceProps {
  sourceId: string;
  file?: string;
}

/** Nothing for the bundled library (every reader would otherwise ask for the list of sources). */
export function DocumentProvenance(props: ProvenanceProps) {
  return props.sourceId === BUNDLED_SOURCE_ID ? null : <OtherSourceProvenance {...props} />;
}

function OtherSourceProvenance({ sourceId, file }: ProvenanceProps) {
  const { t } = useTranslation();
  const sources = useSources();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const source = sources.find((s) => s.id === sourceId);
  const where = joinRoot(source?.root ?? null, file);

  const open = async () => {
    if (!file) return;
    setError(null);
    const result = await callHost('sources:openFile', { id: sourceId, file });
    if (!result.ok) return setError(result.error);
    setNotice(result.value.opened ? '' : t('sources.openFailed', { path: where }));
  };
  const reveal = async () => {
    setError(null);
    const result = await callHost('sources:revealFile', { id: sourceId, ...(file ? { file } : {}) });
    if (!result.ok) return setError(result.error);
    setNotice(result.value.shown ? '' : t('sources.revealFailed', { path: where }));
  };

  return (
    <div className="document-provenance-block">
      <p className="document-provenance">
        <span>
          {t('sources.provenanceSource')}: <strong>{source?.name ?? sourceId}</strong>
        </span>
        {file ? (
          <span className="document-provenance-file">
            <span>
              {t('sources.provenanceFile')}: <code>{file}</code>
            </span>
            <button type="button" className="button" onClick={() => void open()}>
              {t('sources.openFile')}
            </button>
            <button type="button" className="button" onClick={() => void reveal()}>
              {t('sources.reveal')}
            </button>
          </span>
        ) : null}
      </p>
      <p role="status" className="source-notice">
        {notice}
      </p>
      {error ? <ErrorState error={error} /> : null}
    </div>
  );
}
