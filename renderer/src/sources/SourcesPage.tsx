/**
 * Pengaturan → Sumber pustaka: every library source (the bundled library first), adding a
 * folder, and what can be done with each. The list follows the host through useSources (events
 * and polling), so a running index moves on screen while the rest of the app stays usable.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../core/errors';
import type { SourceInfo } from '../../../core/sources/types';
import { callHost } from '../api/host';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { useSettings } from '../settings/SettingsContext';
import { AddFolderForm } from './AddFolderForm';
import { RemoveSourceDialog } from './RemoveSourceDialog';
import { SourceCard } from './SourceCard';
import { useSourcesState } from './useSources';
import './sources.css';

export function SourcesPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const { sources, loaded, refresh, upsert } = useSourcesState();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState<SourceInfo | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  // After a removal the card and its buttons are gone: keyboard focus starts again at the top.
  // The dialog's own effect (a child's, so it runs first) has closed it by now.
  useEffect(() => {
    if (!focusHeading || removing) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, removing]);
  const own = sources.filter((s) => s.kind !== 'bundled');
  // The harness and the web preview report platform "web": there is no native folder picker there.
  const canPick = settings.info !== null && settings.info.platform !== 'web';

  const remove = async (source: SourceInfo) => {
    setRemoveBusy(true);
    setError(null);
    const result = await callHost('sources:remove', { id: source.id });
    setRemoveBusy(false);
    setRemoving(null);
    if (!result.ok) return setError(result.error);
    const kept = result.value.notesKept;
    setNotice(kept > 0 ? t('sources.removed', { name: source.name, count: kept }) : t('sources.removedNoNotes', { name: source.name }));
    refresh();
    setFocusHeading(true);
  };

  return (
    <div className="page sources-page">
      <p className="document-nav">
        <Link to="/pengaturan" className="back-link">
          {t('sources.back')}
        </Link>
      </p>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('sources.title')}
        </h1>
        <p className="lead">{t('sources.intro')}</p>
      </header>
      {settings.info ? (
        <AddFolderForm
          canPick={canPick}
          onError={setError}
          onAdded={(source) => {
            setNotice(t('sources.added', { name: source.name }));
            upsert(source);
            refresh();
          }}
        />
      ) : null}
      <p role="status" className="sources-notice">
        {notice}
      </p>
      {error ? <ErrorState error={error} /> : null}
      {!loaded ? <Loading /> : null}
      {loaded && own.length === 0 ? (
        <EmptyState title={t('sources.emptyTitle')}>
          <p>{t('sources.emptyBody')}</p>
        </EmptyState>
      ) : null}
      <ul className="source-list" aria-label={t('sources.listLabel')}>
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCard source={source} onNotice={setNotice} onError={setError} onChanged={refresh} onRemove={setRemoving} />
          </li>
        ))}
      </ul>
      <RemoveSourceDialog source={removing} busy={removeBusy} onConfirm={(source) => void remove(source)} onClose={() => setRemoving(null)} />
    </div>
  );
}
