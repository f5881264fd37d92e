import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHostCall } from '../../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../../components/StatusMessage';
import { localeFor } from '../../i18n';
import type { DocumentSummary } from '../../../../core/content/types';
import { useSources } from '../../sources/useSources';
import { browseLibrary, createBrowseIndex } from './browseIndex';
import { FacetGroup } from './FacetGroup';
import {
  FACET_KEYS,
  PRACTICE_ONLY_FACETS,
  SORT_KEYS,
  emptyFilters,
  hasActiveFilters,
  parseFilters,
  serializeFilters,
  toggleFilter,
  type BrowseState,
  type FacetKey,
  type SortKey,
} from './facets';
import { facetValueLabel } from './labels';
import { VirtualCardGrid } from './VirtualCardGrid';
import './browse.css';

/**
 * The library as a filterable, sortable list (`#/jelajah`). Every choice lives in the query
 * string, so back/forward, reload and a copied link all bring the same view back.
 */
export function BrowsePage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const listing = useHostCall('library:list', undefined, 'all');
  const recentCall = useHostCall('reading:recent', undefined, 'recent');
  const [params, setParams] = useSearchParams();
  const urlState = useMemo(() => parseFilters(params), [params]);
  // The router commits URL changes in a transition; until it has, show the user's choice at once
  // so a ticked checkbox never flips back for a moment. Any URL change (back/forward) wins.
  const search = params.toString();
  const [pending, setPending] = useState<{ from: string; state: BrowseState } | null>(null);
  useEffect(() => setPending(null), [search]);
  const state = pending && pending.from === search ? pending.state : urlState;
  const countRef = useRef<HTMLParagraphElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | 'count' | null>(null);
  const ids = { filters: useId(), results: useId(), sort: useId(), words: useId(), keys: useId() };
  const sources = useSources();
  const sourceNames = useMemo(() => new Map(sources.map((source) => [source.id, source.name])), [sources]);
  const sourceName = useCallback((doc: DocumentSummary) => (doc.source ? sourceNames.get(doc.source) : undefined), [sourceNames]);

  const numberFormat = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const formatNumber = useCallback((value: number) => numberFormat.format(value), [numberFormat]);

  const update = useCallback(
    (next: BrowseState, replace = false) => {
      setPending({ from: search, state: next });
      setParams(serializeFilters(next), { replace });
    },
    [search, setParams],
  );
  // The words box shows exactly what is typed (trailing space included); the URL holds it tidied.
  const [words, setWords] = useState(state.query);
  useEffect(() => {
    setWords((typed) => (typed.replace(/\s+/g, ' ').trim() === state.query ? typed : state.query));
  }, [state.query]);
  const onWords = (value: string) => {
    setWords(value);
    // One history entry per search, not per keystroke.
    update({ ...state, query: value }, state.query !== '' && value.trim() !== '');
  };
  const onToggle = useCallback(
    (key: FacetKey, value: string) => update({ ...state, filters: toggleFilter(state.filters, key, value) }),
    [state, update],
  );
  const clearFilters = () => {
    pendingFocus.current = 'count';
    setWords('');
    update({ ...state, filters: emptyFilters(), query: '' });
  };

  const documents = listing.status === 'ready' ? listing.value.documents : null;
  const recent = useMemo(() => (recentCall.status === 'ready' ? recentCall.value.recent : []), [recentCall]);
  // Worked out once per library; each change is then one pass (browseIndex.ts). Typing stays
  // responsive: React may show the previous results for a moment while the new ones are made.
  const index = useMemo(() => (documents ? createBrowseIndex(documents) : null), [documents]);
  const shownState = useDeferredValue(state);
  const browsed = useMemo(
    () => (index ? browseLibrary(index, shownState, recent) : { results: [], facets: [] }),
    [index, shownState, recent],
  );
  const { results } = browsed;
  // Ticks follow the user's choice at once, even while the counts are still being worked out.
  const facets = useMemo(
    () =>
      browsed.facets.map((facet) => ({
        ...facet,
        values: facet.values.map((v) => ({ ...v, selected: state.filters[facet.key].includes(v.value) })),
      })),
    [browsed.facets, state.filters],
  );

  const active = hasActiveFilters(state.filters) || state.query !== '';
  // A facet that cannot apply (sector while only guides are chosen) and holds no choice is set
  // aside behind one explanation, rather than five identical notes.
  // The source facet is shown once there is more than one source to choose from.
  const singleSource = (facet: (typeof facets)[number]) => facet.key === 'source' && facet.values.length < 2;
  const shownFacets = facets.filter((facet) => state.filters[facet.key].length > 0 || (facet.applicable && !singleSource(facet)));
  const facetsSetAside = facets.some((facet) => !facet.applicable && state.filters[facet.key].length === 0);
  const chips = FACET_KEYS.flatMap((key) => {
    const order = facets.find((facet) => facet.key === key)?.values.map((v) => v.value) ?? [];
    return [...state.filters[key]]
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .map((value) => {
        const { label } = facetValueLabel(t, key, value, sourceNames);
        return { key, value, label, facet: t(`browse.facets.${key}`) };
      });
  });
  const chipCount = chips.length;

  // After a chip or "clear" removes the focused button, put focus somewhere sensible.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const buttons = chipsRef.current?.querySelectorAll('button') ?? [];
    if (typeof target === 'number' && buttons.length > 0) buttons[Math.min(target, buttons.length - 1)]?.focus();
    else countRef.current?.focus();
  }, [chipCount]);

  const removeChip = (index: number, key: FacetKey, value: string) => {
    pendingFocus.current = index;
    onToggle(key, value);
  };

  const nothingRead = useMemo(() => {
    const readIds = new Set(recent.map((entry) => entry.id));
    return !documents?.some((doc) => readIds.has(doc.id));
  }, [recent, documents]);
  const practiceOnlyActive = PRACTICE_ONLY_FACETS.some((key) => state.filters[key].length > 0);
  const practiceExcluded = state.filters.type.length > 0 && !state.filters.type.includes('practice');

  return (
    <div className="page browse-page">
      <header className="page-header">
        <h1>{t('browse.title')}</h1>
        <p className="lead">{t('browse.intro')}</p>
      </header>
      {listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {documents && documents.length === 0 ? (
        <EmptyState title={t('library.emptyTitle')}>
          <p>{t('library.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {documents && documents.length > 0 ? (
        <div className="browse-layout">
          <aside className="browse-facets" aria-labelledby={ids.filters}>
            <div className="browse-facets-header">
              <h2 id={ids.filters}>{t('browse.filtersTitle')}</h2>
              {active ? (
                <button type="button" className="browse-clear" onClick={clearFilters}>
                  {t('browse.clearFilters')}
                </button>
              ) : null}
            </div>
            <div className="browse-words">
              <label htmlFor={ids.words}>{t('browse.wordsLabel')}</label>
              <input
                id={ids.words}
                type="search"
                value={words}
                maxLength={200}
                placeholder={t('browse.wordsPlaceholder')}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onWords(event.target.value)}
              />
            </div>
            {shownFacets.map((facet) => (
              <FacetGroup key={facet.key} facet={facet} locale={locale} formatNumber={formatNumber} onToggle={onToggle} sourceNames={sourceNames} />
            ))}
            {facetsSetAside ? <p className="facet-note browse-practice-only">{t('browse.practiceOnlySetAside')}</p> : null}
          </aside>

          <section className="browse-results" aria-labelledby={ids.results}>
            <h2 id={ids.results} className="visually-hidden">
              {t('browse.resultsLabel')}
            </h2>
            <div className="browse-toolbar">
              <p ref={countRef} tabIndex={-1} role="status" className="result-count browse-count">
                {active
                  ? t('browse.resultsFiltered', {
                      count: results.length,
                      formatted: formatNumber(results.length),
                      total: formatNumber(documents.length),
                    })
                  : t('browse.resultsAll', { count: results.length, formatted: formatNumber(results.length) })}
              </p>
              <div className="browse-sort">
                <label htmlFor={ids.sort}>{t('browse.sortLabel')}</label>
                <select
                  id={ids.sort}
                  value={state.sort}
                  onChange={(event) => update({ ...state, sort: event.target.value as SortKey })}
                >
                  {SORT_KEYS.map((key) => (
                    <option key={key} value={key}>
                      {t(`browse.sort.${key}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>

            {chips.length > 0 ? (
              <ul ref={chipsRef} className="browse-chips" aria-label={t('browse.activeFilters')}>
                {chips.map((chip, index) => (
                  <li key={`${chip.key}:${chip.value}`}>
                    <button
                      type="button"
                      className="browse-chip"
                      aria-label={t('browse.removeFilter', { label: `${chip.facet}: ${chip.label}` })}
                      onClick={() => removeChip(index, chip.key, chip.value)}
                    >
                      <span className="browse-chip-facet">{chip.facet}</span>
                      <span className="browse-chip-value">{chip.label}</span>
                      <span className="browse-chip-x" aria-hidden="true">
                        ×
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}

            {state.sort === 'recent' && nothingRead && results.length > 0 ? (
              <p className="hint browse-hint">{t('browse.recentNone')}</p>
            ) : null}

            {results.length === 0 ? (
              <EmptyState title={t('browse.emptyTitle')}>
                <p>{t('browse.emptyBody')}</p>
                {practiceOnlyActive && practiceExcluded ? <p>{t('browse.emptyPracticeOnly')}</p> : null}
                <button type="button" className="browse-clear browse-clear-primary" onClick={clearFilters}>
                  {t('browse.clearFilters')}
                </button>
              </EmptyState>
            ) : (
              <>
                <p id={ids.keys} className="visually-hidden">
                  {t('browse.gridKeys')}
                </p>
                <VirtualCardGrid docs={results} label={t('browse.resultsLabel')} describedBy={ids.keys} sourceName={sourceName} />
              </>
            )}
          </section>
        </div>
      ) : null}
    </div>
  );
}
