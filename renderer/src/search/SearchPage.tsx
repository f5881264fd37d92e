/**
 * Full results for a query: documents with their best passages, counts per facet (a click adds the
 * filter to the query), a note when only some words matched, and a suggestion for a typo.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { DocumentHit, FacetCount, SearchResponse } from '../../../core/search/types';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { EmptyState, Loading } from '../components/StatusMessage';
import { IllustrativeBadge } from '../library/IllustrativeBadge';
import { hitRoute } from './hitRoute';
import { Snippet } from './Snippet';
import { useResultKeys } from './resultKeys';
import { useSearch } from './useSearch';

const FACET_FILTER: Record<keyof SearchResponse['facets'], string> = {
  type: 'jenis',
  sector: 'sektor',
  province: 'wilayah',
  year: 'tahun',
  status: 'status',
};

function filterToken(facet: keyof SearchResponse['facets'], value: string): string {
  const v = value.includes(' ') ? `"${value}"` : value;
  return `${FACET_FILTER[facet]}:${v}`;
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const state = useSearch(query, { limit: 50 });
  const response = state.status === 'ready' ? state.response : state.status === 'searching' ? state.previous : null;
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const setQuery = (next: string) => void navigate(`/cari?q=${encodeURIComponent(next.trim())}`);
  const hitList = useRef<HTMLOListElement>(null);
  useResultKeys(hitList);

  const facetLabel = (facet: keyof SearchResponse['facets'], value: string) => {
    if (facet === 'type') return t(`types.${value}`);
    if (facet === 'sector') return t(`sectors.${value}`, { defaultValue: value });
    if (facet === 'status') return t(`document.statusValues.${value}`, { defaultValue: value });
    return value;
  };

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
          {response.didYouMean ? (
            <p className="did-you-mean">
              {t('search.didYouMean')}{' '}
              <Link to={`/cari?q=${encodeURIComponent(response.didYouMean)}`}>{response.didYouMean}</Link>
            </p>
          ) : null}
          {response.total === 0 ? (
            <EmptyState title={t('search.noneTitle', { query })}>
              <p>{t('search.noneHint')}</p>
              <ul className="search-tips">
                <li>{t('search.tipFewerWords')}</li>
                <li>{t('search.tipFilters')}</li>
                <li>{t('search.tipBrowse')}</li>
              </ul>
            </EmptyState>
          ) : (
            <div className="search-layout">
              <div className="search-results">
                <p role="status" className="result-count">
                  {t(response.totalIsLowerBound ? 'search.resultsAtLeast' : 'search.results', { count: response.total, query, formatted: number(response.total) })}
                </p>
                {response.mode === 'any' ? <p className="any-mode-note">{t('search.anyMode')}</p> : null}
                <p id="hit-keys" className="hit-keys">{t('search.resultKeys')}</p>
                <ol className="hit-list" ref={hitList} aria-describedby="hit-keys">
                  {response.hits.map((hit) => (
                    <HitItem key={`${hit.source}-${hit.id}`} hit={hit} stems={response.highlightStems} />
                  ))}
                </ol>
              </div>
              <aside className="search-facets" aria-label={t('search.facetsLabel')}>
                {(Object.keys(response.facets) as (keyof SearchResponse['facets'])[]).map((facet) =>
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

/** What a hit shows, as plain text, if it cannot be rendered (see ItemBoundary). */
const hitText = (hit: DocumentHit) =>
  [hit.title, ...hit.sections.flatMap((s) => [s.heading, s.snippet.map((part) => part.text).join('')])].filter(Boolean).join('\n\n');

function HitItem({ hit, stems }: { hit: DocumentHit; stems: string[] }) {
  return (
    <li className="hit">
      <ItemBoundary rawText={hitText(hit)}>
        <HitContent hit={hit} stems={stems} />
      </ItemBoundary>
    </li>
  );
}

function HitContent({ hit, stems }: { hit: DocumentHit; stems: string[] }) {
  const { t } = useTranslation();
  const place = [hit.regency, hit.province].filter(Boolean).join(', ');
  return (
    <>
      <Link to={hitRoute(hit, hit.sections[0], stems)} className="hit-title">
        {hit.title}
      </Link>
      <p className="hit-meta">
        {hit.source === 'notes' && !hit.id ? null : <span className={`doc-type doc-type-${hit.type}`}>{t(`types.${hit.type}`)}</span>}
        {place ? <span>{place}</span> : null}
        {hit.year ? <span>{hit.year}</span> : null}
        {hit.source !== 'library' ? <span className="badge">{t(`search.source.${hit.source}`, { defaultValue: hit.source })}</span> : null}
        {hit.illustrative ? <IllustrativeBadge /> : null}
      </p>
      <ul className="hit-sections">
        {hit.sections.map((section) => (
          <li key={section.slug}>
            <Link to={hitRoute(hit, section, stems)} className="hit-section-link" tabIndex={-1}>
              {section.heading || t('search.opening')}
            </Link>
            <Snippet parts={section.snippet} />
          </li>
        ))}
      </ul>
    </>
  );
}
