import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DOCUMENT_TYPES } from '../../../core/content/schema';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { ReadingShortcuts } from '../notes/ReadingShortcuts';
import { useSettings } from '../settings/SettingsContext';
import { useSources } from '../sources/useSources';
import { DocumentCard } from './DocumentCard';
import { HOME_SORT_KEYS, HOME_SORT_PARAM, homeSortParam, parseHomeSort, pickForHome, type HomeSort } from './home/homeSort';
import { START_HERE_IDS } from './home/startHere';
import { WelcomeSection } from './home/WelcomeSection';
import { OverduePlansNotice } from '../planner/OverduePlansNotice';
import './home/home.css';

/** The home page is an overview: a few documents per type, the rest one click away in /jelajah. */
export const HOME_CARDS_PER_TYPE = 6;

export function LibraryHome() {
  const { t } = useTranslation();
  const listing = useHostCall('library:list', undefined, 'all');
  const recentCall = useHostCall('reading:recent', undefined, 'recent');
  const settings = useSettings();
  const sources = useSources();
  const [params, setParams] = useSearchParams();
  const sort = parseHomeSort(params.get(HOME_SORT_PARAM));
  const sortId = useId();
  const [justDismissed, setJustDismissed] = useState(false);
  const dismissedNote = useRef<HTMLParagraphElement>(null);

  const documents = listing.status === 'ready' ? listing.value.documents : null;
  const recent = useMemo(() => (recentCall.status === 'ready' ? recentCall.value.recent : []), [recentCall]);
  const groups = useMemo(
    () => (documents ? pickForHome(documents, sort, recent, START_HERE_IDS, HOME_CARDS_PER_TYPE) : null),
    [documents, sort, recent],
  );
  const sourceNames = useMemo(() => new Map(sources.map((source) => [source.id, source.name])), [sources]);

  const setSort = (next: HomeSort) => {
    const value = homeSortParam(next);
    const nextParams = new URLSearchParams(params);
    if (value) nextParams.set(HOME_SORT_PARAM, value);
    else nextParams.delete(HOME_SORT_PARAM);
    setParams(nextParams, { replace: true });
  };

  const dismiss = async () => {
    if (await settings.setWelcomeDismissed(true)) setJustDismissed(true);
  };
  // The button that had focus is gone: say where the welcome went, and keep focus there.
  const noteShown = justDismissed && settings.welcomeDismissed === true;
  useEffect(() => {
    if (noteShown) dismissedNote.current?.focus();
  }, [noteShown]);

  return (
    <div className="page library-home">
      <header className="page-header">
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.intro')}</p>
        <p className="browse-entry">
          <Link to="/jelajah" className="browse-entry-link">
            {t('browse.openFromHome')}
          </Link>
          <span className="hint">{t('browse.openFromHomeHint')}</span>
        </p>
      </header>
      <OverduePlansNotice />
      {documents && documents.length > 0 && settings.welcomeDismissed === false ? (
        <WelcomeSection documents={documents} onDismiss={() => void dismiss()} />
      ) : null}
      {noteShown ? (
        <p ref={dismissedNote} tabIndex={-1} role="status" className="welcome-dismissed">
          {t('home.dismissed')} <Link to="/bantuan">{t('help.title')}</Link>
        </p>
      ) : null}
      {documents ? <ReadingShortcuts documents={documents} /> : null}
      {listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {documents && documents.length === 0 ? (
        <EmptyState title={t('library.emptyTitle')}>
          <p>{t('library.emptyBody')}</p>
          {listing.status === 'ready' && listing.value.problems.length > 0 ? (
            <details>
              <summary>{t('library.problemsTitle')}</summary>
              <ul>
                {listing.value.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </EmptyState>
      ) : null}
      {groups && documents && documents.length > 0 ? (
        <>
          <div className="home-sort">
            <label htmlFor={sortId}>{t('home.sortLabel')}</label>
            <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as HomeSort)}>
              {HOME_SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`home.sort.${key}`)}
                </option>
              ))}
            </select>
          </div>
          {DOCUMENT_TYPES.map((type) => {
            const group = groups.get(type);
            if (!group) return null;
            return (
              <section key={type} className="type-group" aria-labelledby={`group-${type}`}>
                <h2 id={`group-${type}`}>
                  {t(`typeGroups.${type}`)} <span className="count">{t('library.count', { count: group.count })}</span>
                </h2>
                <ul className="doc-grid">
                  {group.shown.map((doc) => (
                    <DocumentCard key={doc.id} doc={doc} sourceName={doc.source ? sourceNames.get(doc.source) : undefined} />
                  ))}
                </ul>
                {group.count > group.shown.length ? (
                  <p className="see-all">
                    <Link to={`/jelajah?jenis=${type}`}>{t('library.seeAll', { count: group.count, group: t(`typeGroups.${type}`) })}</Link>
                  </p>
                ) : null}
              </section>
            );
          })}
        </>
      ) : null}
    </div>
  );
}
