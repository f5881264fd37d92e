/**
 * Full results for a query: documents with their best passages, counts per facet (a click adds the
 * filter to the query; the source facet narrows to one source), a note when only some words
 * matched, and a suggestion for a typo. The list shows 50 at a time and loads the next 50 when its
 * end scrolls into view or the button under it is pressed ("Menampilkan 1–50 dari 2.663").
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DocumentHit, FacetCount, SearchOptions, SearchResponse } from '../../../core/search/types';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import type { SourceInfo } from '../../../core/sources/types';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { EmptyState, Loading } from '../components/StatusMessage';
import { IllustrativeBadge } from '../library/IllustrativeBadge';
import { sourceOfKey, useSources } from '../sources/useSources';
import { hitRoute } from './hitRoute';
import { Snippet } from './Snippet';
import { useResultKeys } from './resultKeys';
import { usePagedSearch } from './useSearch';
import './searchResults.css';

export const RESULTS_PAGE_SIZE = 50;

type FilterFacet = Exclude<keyof SearchResponse['facets'], 'source'>;

const FACET_FILTER: Record<FilterFacet, string> = {
  type: 'jenis',
  sector: 'sektor',
  province: 'wilayah',
  year: 'tahun',
  status: 'status',
};

function filterToken(facet: FilterFacet, value: string): string {
  const v = value.includes(' ') ? `"${value}"` : value;
  return `${FACET_FILTER[facet]}:${v}`;
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const onlySource = params.get('sumber') ?? '';
  const withSpeakerNotes = params.get('catatan-penyaji') === '1';
  const options: SearchOptions = { ...(onlySource ? { sources: [onlySource] } : {}), ...(withSpeakerNotes ? { speakerNotes: true } : {}) };
  const paged = usePagedSearch(query, options, RESULTS_PAGE_SIZE);
  const { state } = paged;
  const sources = useSources();
  // While a new answer is on its way the old list stays (dimmed), but never its count or range.
  const response = state.status === 'ready' ? state.response : state.status === 'searching' ? state.previous : null;
  const updating = state.status === 'searching';
  const hits = state.status === 'ready' ? paged.hits : (response?.hits ?? []);
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const setQuery = (next: string) => void navigate(`/cari?q=${encodeURIComponent(next.trim())}${onlySource ? `&sumber=${encodeURIComponent(onlySource)}` : ''}`);
  const setParam = (name: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });
  const hitList = useRef<HTMLOListElement>(null);
  useResultKeys(hitList);

  const sourceName = (id: string) => (id === BUNDLED_SOURCE_ID ? t('search.bundledSource') : (sources.find((s) => s.id === id)?.name ?? id));
  const facetLabel = (facet: FilterFacet, value: string) => {
    if (facet === 'type') return t(`types.${value}`);
    if (facet === 'sector') return t(`sectors.${value}`, { defaultValue: value });
    if (facet === 'status') return t(`document.statusValues.${value}`, { defaultValue: value });
    return value;
  };
  const sourceFacet = response?.facets.source ?? [];
  const showSourceFacet = sourceFacet.length > 1 || !!onlySource;

  return (
    <div className="page search-page">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
      </header>
      {!query ? <p className="lead">{t('search.prompt')}</p> : null}
      {query && !response && state.status === 'searching' ? <Loading /> : null}
      {state.status === 'unavailable' ? (
        <EmptyState title={t('search.unavailableTitle')}>
          <p>{t('search.unavailable')}</p>
        </EmptyState>
      ) : null}
      {query && response ? (
        <>
          {response.didYouMean && !updating ? (
            <p className="did-you-mean">
              {t('search.didYouMean')}{' '}
              <Link to={`/cari?q=${encodeURIComponent(response.didYouMean)}`}>{response.didYouMean}</Link>
            </p>
          ) : null}
          {response.alsoSearched?.length && !updating ? (
            <p className="also-searched">{t('search.alsoSearched', { words: response.alsoSearched.join(', ') })}</p>
          ) : null}
          {response.total === 0 && !updating ? (
            <EmptyState title={t('search.noneTitle', { query })}>
              <p>{t('search.noneHint')}</p>
              <ul className="search-tips">
                <li>{t('search.tipFewerWords')}</li>
                <li>{t('search.tipFilters')}</li>
                <li>{t('search.tipBrowse')}</li>
              </ul>
              {onlySource ? (
                <p>
                  <button type="button" className="button" onClick={() => setParam('sumber', null)}>
                    {t('search.allSources')}
                  </button>
                </p>
              ) : null}
            </EmptyState>
          ) : (
            <div className="search-layout">
              <div className="search-results" aria-busy={updating}>
                <p role="status" className="result-count">
                  {updating
                    ? t('search.searching', { query })
                    : t(response.totalIsLowerBound ? 'search.resultsAtLeast' : 'search.results', { count: response.total, query, formatted: number(response.total) })}
                </p>
                {!updating && hits.length > 0 ? (
                  <p className="result-range">{rangeText(t, number, hits.length, paged.total, !!response.totalIsLowerBound && paged.hasMore)}</p>
                ) : null}
                {response.mode === 'any' && !updating ? <p className="any-mode-note">{t('search.anyMode')}</p> : null}
                <label className="speaker-notes-toggle">
                  <input type="checkbox" checked={withSpeakerNotes} onChange={(e) => setParam('catatan-penyaji', e.target.checked ? '1' : null)} />{' '}
                  {t('search.includeSpeakerNotes')}
                </label>
                <p id="hit-keys" className="hit-keys">{t('search.resultKeys')}</p>
                <ol className={`hit-list${updating ? ' is-updating' : ''}`} ref={hitList} aria-describedby="hit-keys">
                  {hits.map((hit) => (
                    <HitItem key={`${hit.source}-${hit.id}`} hit={hit} stems={response.highlightStems} sources={sources} />
                  ))}
                </ol>
                {!updating ? <MoreResults paged={paged} list={hitList} shownText={rangeText(t, number, hits.length, paged.total, !!response.totalIsLowerBound && paged.hasMore)} /> : null}
              </div>
              <aside className="search-facets" aria-label={t('search.facetsLabel')}>
                {showSourceFacet ? (
                  <section>
                    <h2>{t('search.facet.source')}</h2>
                    <ul>
                      {onlySource ? (
                        <li>
                          <button type="button" className="facet-button" onClick={() => setParam('sumber', null)}>
                            <span>{t('search.allSources')}</span>
                          </button>
                        </li>
                      ) : null}
                      {sourceFacet.map((entry) => (
                        <li key={entry.value}>
                          <button
                            type="button"
                            className="facet-button"
                            aria-pressed={onlySource === entry.value}
                            onClick={() => setParam('sumber', onlySource === entry.value ? null : entry.value)}
                          >
                            <span>{sourceName(entry.value)}</span>
                            <span className="facet-count">{number(entry.count)}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
                {(Object.keys(FACET_FILTER) as FilterFacet[]).map((facet) =>
                  response.facets[facet].length > 0 ? (
                    <section key={facet}>
                      <h2>{t(`search.facet.${facet}`)}</h2>
                      <ul>
                        {response.facets[facet].slice(0, 8).map((entry: FacetCount) => (
                          <li key={entry.value}>
                            <button type="button" className="facet-button" onClick={() => setQuery(`${query} ${filterToken(facet, entry.value)}`)}>
                              <span>{facetLabel(facet, entry.value)}</span>
                              <span className="facet-count">{number(entry.count)}</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                    </section>
                  ) : null,
                )}
              </aside>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function rangeText(t: T, number: (n: number) => string, shown: number, total: number, atLeast: boolean): string {
  return t(atLeast ? 'search.rangeAtLeast' : 'search.range', { from: number(1), to: number(shown), total: number(Math.max(total, shown)) });
}

/**
 * Under the list: how much is shown, and the next page, loaded when this comes into view or the
 * button is pressed. After a press, focus moves to the first new result, so keyboard users read on.
 */
function MoreResults({ paged, list, shownText }: { paged: ReturnType<typeof usePagedSearch>; list: React.RefObject<HTMLOListElement | null>; shownText: string }) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasMore, loadingMore, moreFailed, loadMore } = paged;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || loadingMore || moreFailed || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMore();
    }, { rootMargin: '400px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loadingMore, moreFailed, loadMore]);

  // When the user is on the button (pressed or merely focused: focusing it scrolls the list's end
  // into view, which loads the next page too), focus goes on to the first new result once it is
  // on screen, unless they have moved elsewhere meanwhile.
  const focusFrom = useRef<number | null>(null);
  const shown = paged.hits.length;
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || shown <= from) return;
    focusFrom.current = null;
    const active = document.activeElement;
    const stayed = !active || active === document.body || !!sentinel.current?.contains(active);
    if (stayed) list.current?.querySelectorAll<HTMLAnchorElement>('.hit-title')[from]?.focus();
  }, [shown, list]);
  const followFocus = () => {
    focusFrom.current = list.current?.querySelectorAll('.hit-title').length ?? shown;
  };
  const pressed = () => {
    followFocus();
    void loadMore();
  };

  return (
    <div className="more-results" ref={sentinel}>
      <p className="more-results-range">{shownText}</p>
      {moreFailed ? <p className="more-results-error" role="alert">{t('search.moreFailed')}</p> : null}
      {hasMore ? (
        <button type="button" className="button" onClick={pressed} onFocus={followFocus} aria-disabled={loadingMore} aria-describedby="more-results-status">
          {t('search.loadMore', { count: RESULTS_PAGE_SIZE })}
        </button>
      ) : null}
      <span id="more-results-status" className="visually-hidden" aria-live="polite">
        {loadingMore ? t('search.loadingMore') : ''}
      </span>
    </div>
  );
}

/** What a hit shows, as plain text, if it cannot be rendered (see ItemBoundary). */
const hitText = (hit: DocumentHit) =>
  [hit.title, ...hit.sections.flatMap((s) => [s.heading, s.snippet.map((part) => part.text).join('')])].filter(Boolean).join('\n\n');

function HitItem({ hit, stems, sources }: { hit: DocumentHit; stems: string[]; sources: readonly SourceInfo[] }) {
  return (
    <li className="hit">
      <ItemBoundary rawText={hitText(hit)}>
        <HitContent hit={hit} stems={stems} sources={sources} />
      </ItemBoundary>
    </li>
  );
}

function HitContent({ hit, stems, sources }: { hit: DocumentHit; stems: string[]; sources: readonly SourceInfo[] }) {
  const { t } = useTranslation();
  const place = [hit.regency, hit.province].filter(Boolean).join(', ');
  // The bundled library needs no label; a folder's documents carry their source's name.
  const folder = hit.source === 'notes' || hit.source === BUNDLED_SOURCE_ID ? undefined : (sourceOfKey(sources, hit.id)?.name ?? hit.source);
  return (
    <>
      <Link to={hitRoute(hit, hit.sections[0], stems)} className="hit-title">
        {hit.title}
      </Link>
      <p className="hit-meta">
        {hit.source === 'notes' && !hit.id ? null : <span className={`doc-type doc-type-${hit.type}`}>{t(`types.${hit.type}`)}</span>}
        {place ? <span>{place}</span> : null}
        {hit.year ? <span>{hit.year}</span> : null}
        {hit.source === 'notes' ? <span className="badge">{t('search.source.notes')}</span> : null}
        {folder ? (
          <span className="hit-source">
            {t('search.fromSource')} <strong>{folder}</strong>
          </span>
        ) : null}
        {hit.illustrative ? <IllustrativeBadge /> : null}
      </p>
      <ul className="hit-sections">
        {hit.sections.map((section) => (
          <li key={`${section.speakerNotes ? 'n' : 's'}-${section.slug}`} className={section.speakerNotes ? 'hit-speaker-notes' : undefined}>
            <Link to={hitRoute(hit, section, stems)} className="hit-section-link" tabIndex={-1}>
              {section.speakerNotes ? <span className="badge speaker-notes-label">{t('search.speakerNotes')}</span> : null}
              {section.heading || t('search.opening')}
            </Link>
            <Snippet parts={section.snippet} />
          </li>
        ))}
      </ul>
    </>
  );
}
