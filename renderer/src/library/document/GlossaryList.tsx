/**
 * The glossary page's entries: an A–Z index, a filter that narrows the list as one types, and
 * "Lihat juga" as links named by the documents' titles.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GlossaryTerm } from '../../../../core/content/schema';
import type { DocumentSummary } from '../../../../core/content/types';
import { glossaryAnchor } from '../glossaryTerms';

const initial = (term: string) => term.trim().charAt(0).toLocaleUpperCase('id');
const fold = (text: string) => text.toLocaleLowerCase('id').normalize('NFD').replace(/\p{M}/gu, '');

export function GlossaryList({ terms, documents }: { terms: GlossaryTerm[]; documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const sorted = useMemo(() => [...terms].sort((a, b) => a.term.localeCompare(b.term, 'id')), [terms]);
  const wanted = fold(filter.trim());
  const shown = wanted ? sorted.filter((e) => fold([e.term, ...e.aliases, e.definition].join(' ')).includes(wanted)) : sorted;
  const letters = [...new Set(sorted.map((e) => initial(e.term)))];
  const shownLetters = new Set(shown.map((e) => initial(e.term)));
  const firstOfLetter = new Map<string, string>();
  for (const entry of shown) if (!firstOfLetter.has(initial(entry.term))) firstOfLetter.set(initial(entry.term), entry.term);

  return (
    <section className="glossary" aria-label={t('document.glossaryList')}>
      <div className="glossary-tools">
        <label className="glossary-filter">
          <span>{t('document.glossaryFilter')}</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder={t('document.glossaryFilterPlaceholder')} />
        </label>
        <nav className="glossary-index" aria-label={t('document.glossaryIndex')}>
          {letters.map((letter) =>
            shownLetters.has(letter) ? (
              <a
                key={letter}
                href={`#${glossaryAnchor(firstOfLetter.get(letter) ?? '')}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(glossaryAnchor(firstOfLetter.get(letter) ?? ''))?.scrollIntoView({ block: 'start' });
                }}
              >
                {letter}
              </a>
            ) : (
              <span key={letter} aria-hidden="true" className="glossary-index-empty">
                {letter}
              </span>
            ),
          )}
        </nav>
        <p className="glossary-count" role="status">
          {t('document.glossaryShown', { count: shown.length, total: sorted.length })}
        </p>
      </div>
      <dl className="glossary-list">
        {shown.map((entry) => (
          <div key={entry.term} id={glossaryAnchor(entry.term)}>
            <dt>
              {entry.term}
              {entry.aliases.length > 0 ? <span className="aliases"> ({entry.aliases.join(', ')})</span> : null}
            </dt>
            <dd>
              <p>{entry.definition}</p>
              {entry.related.length > 0 ? (
                <p className="glossary-related">
                  {t('document.seeAlso')}{' '}
                  {entry.related.map((docId, i) => (
                    <span key={docId}>
                      {i > 0 ? '; ' : ''}
                      {titles.has(docId) ? <Link to={`/dokumen/${docId}`}>{titles.get(docId)}</Link> : <span>{docId}</span>}
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
