/** The trainer's session packs on the present page: create, import, and each pack's actions. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../../core/errors';
import { callHost } from '../../api/host';
import { useHostCall } from '../../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../../components/StatusMessage';
import { usePresentActions } from '../usePresentActions';
import { formatPackDate } from './packDates';
import { readPickedFile } from './packFiles';

export function PackList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const packs = useHostCall('packs:list', undefined, String(reload));
  const { present } = usePresentActions();
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    setError(null);
    const picked = await readPickedFile(file);
    if (!picked.ok) {
      const key = picked.reason === 'too_large' ? 'packs.fileTooLarge' : 'packs.fileUnreadable';
      const message = { id: t(key, { lng: 'id' }), en: t(key, { lng: 'en' }) };
      setError({ code: 'pack_import_invalid', message: i18n.language === 'en' ? message.en : message.id, messages: message });
      return;
    }
    const result = await callHost('packs:import', { json: picked.text });
    if (!result.ok) return setError(result.error);
    void navigate(`/presentasi/paket/${result.value.pack.id}`);
  };

  return (
    <section className="present-section" aria-labelledby="present-packs">
      <h2 id="present-packs">{t('packs.title')}</h2>
      <p>{t('packs.intro')}</p>
      <div className="present-toolbar">
        <Link className="button button-primary" to="/presentasi/paket/baru">
          {t('packs.create')}
        </Link>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('packs.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label={t('packs.importFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {error ? <ErrorState error={error} title={t('packs.importFailed')} /> : null}
      {packs.status === 'loading' ? <Loading /> : null}
      {packs.status === 'error' ? <ErrorState error={packs.error} /> : null}
      {packs.status === 'ready' && packs.value.packs.every((pack) => pack.bundled) ? (
        <EmptyState title={t('packs.emptyTitle')}>
          <p>{t('packs.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {packs.status === 'ready' && packs.value.packs.length > 0 ? (
        <ul className="pack-list">
          {packs.value.packs.map((pack) => (
            <li key={pack.id} className="pack-item">
              <span className="pack-item-text">
                <Link to={`/presentasi/paket/${pack.id}`}>
                  <strong>
                    {pack.title} {pack.bundled ? <span className="badge badge-bundled">{t('packs.bundled')}</span> : null}
                  </strong>
                </Link>
                <small>
                  {[formatPackDate(pack.date, i18n.language), pack.audience, t('packs.itemCount', { count: pack.items.length })]
                    .filter(Boolean)
                    .join(' · ')}
                </small>
              </span>
              <span className="pack-item-actions">
                <button type="button" className="button-primary" disabled={pack.items.length === 0} onClick={() => void present('paket', pack.id)}>
                  {t('present.start')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void callHost('packs:duplicate', { id: pack.id }).then((r) => (r.ok ? setReload((n) => n + 1) : setError(r.error)))
                  }
                >
                  {t('packs.duplicate')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
