import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { callHost } from '../api/host';
import { useHostCall } from '../api/useHostCall';
import { ErrorState, Loading } from '../components/StatusMessage';
import { DocumentMetaPanel } from './DocumentMetaPanel';
import { IllustrativeBadge } from './IllustrativeBadge';
import { sanitizeDocumentHtml } from './sanitizeHtml';

/** Web links in a document open in the system browser, after the host asks the user. */
function interceptExternalLinks(event: MouseEvent<HTMLDivElement>) {
  const anchor = (event.target as HTMLElement).closest('a');
  const href = anchor?.getAttribute('href') ?? '';
  if (/^https?:\/\//i.test(href)) {
    event.preventDefault();
    void callHost('app:openExternal', { url: href });
  }
}

export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useHostCall('library:get', { id }, id);
  const html = useMemo(() => (state.status === 'ready' ? sanitizeDocumentHtml(state.value.html) : ''), [state]);

  return (
    <div className="page document-page">
      <p>
        <Link to="/" className="back-link">
          {t('document.back')}
        </Link>
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <ErrorState error={state.error} title={state.error.code === 'not_found' ? t('document.notFoundTitle') : undefined} />
      ) : null}
      {state.status === 'ready' ? (
        <article className="document" lang={state.value.meta.lang}>
          <header className="document-header">
            <span className={`doc-type doc-type-${state.value.meta.type}`}>{t(`types.${state.value.meta.type}`)}</span>
            <h1>{state.value.meta.title}</h1>
            {state.value.meta.illustrative ? (
              <p className="illustrative-note">
                <IllustrativeBadge /> {t('document.illustrativeNote')}
              </p>
            ) : null}
            <p className="lead">{state.value.meta.summary}</p>
            <DocumentMetaPanel meta={state.value.meta} />
          </header>
          <div className="prose" onClick={interceptExternalLinks} dangerouslySetInnerHTML={{ __html: html }} />
          {state.value.meta.sources.length > 0 ? (
            <footer className="document-sources">
              <h2>{t('document.sources')}</h2>
              <ul>
                {state.value.meta.sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            </footer>
          ) : null}
        </article>
      ) : null}
    </div>
  );
}
