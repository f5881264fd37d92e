/**
 * Error boundaries: one bad page or one bad item (a note, a search hit, a slide) shows a short
 * message instead of unmounting the whole app, which would leave a blank window after every
 * restart if the bad data is stored. An item shows its original text, as plain text (React escapes
 * it), so nothing the user wrote is hidden. Every caught error is logged to the console.
 */
import type { ErrorInfo, ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

function logTo(where: string) {
  return (error: unknown, info: ErrorInfo) => console.error(`Pustaka Inovasi: ${where} tidak dapat ditampilkan`, error, info.componentStack);
}

function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <details className="boundary-details">
      <summary>{t('boundary.details')}</summary>
      <pre className="raw-text">{text}</pre>
    </details>
  );
}

function PageFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <section className="page error-state boundary-page" role="alert">
      <h1>{t('boundary.pageTitle')}</h1>
      <p>{t('boundary.pageBody')}</p>
      <button type="button" className="button" onClick={resetErrorBoundary}>
        {t('status.retry')}
      </button>
      <ErrorDetails error={error} />
    </section>
  );
}

/** Around one route's page: the app's chrome stays, and going to another route tries again. */
export function PageBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageFallback} onError={logTo('halaman')} resetKeys={[location.pathname, location.search]}>
      {children}
    </ErrorBoundary>
  );
}

function AppFallback({ error }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <section className="page error-state boundary-page" role="alert">
      <h1>{t('boundary.appTitle')}</h1>
      <p>{t('boundary.appBody')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('boundary.reload')}
      </button>
      <ErrorDetails error={error} />
    </section>
  );
}

/** The last line of defence, around the whole app (the shell itself, outside any page). */
export function AppBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={AppFallback} onError={logTo('aplikasi')}>
      {children}
    </ErrorBoundary>
  );
}

function ItemFallback({ rawText }: { rawText: string }) {
  const { t } = useTranslation();
  return (
    <div className="boundary-item">
      <p className="boundary-item-message">{t('boundary.itemMessage')}</p>
      {rawText ? <pre className="raw-text">{rawText}</pre> : null}
    </div>
  );
}

/**
 * Around one item of a list. `rawText` is what the item shows when it cannot be rendered: its
 * own text (a note's body, a hit's title and passage). A new text tries again.
 */
export function ItemBoundary({ rawText, children }: { rawText: string; children: ReactNode }) {
  return (
    <ErrorBoundary fallbackRender={() => <ItemFallback rawText={rawText} />} onError={logTo('satu butir')} resetKeys={[rawText]}>
      {children}
    </ErrorBoundary>
  );
}
