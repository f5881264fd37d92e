import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status status-loading" role="status">
      {t('status.loading')}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="empty-state" aria-live="polite">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function ErrorState({ error, title }: { error: ApiError; title?: string }) {
  const { t, i18n } = useTranslation();
  const message = i18n.language === 'en' ? error.messages.en : error.messages.id;
  return (
    <section className="error-state" role="alert">
      <h2>{title ?? t('status.errorTitle')}</h2>
      <p>{message}</p>
    </section>
  );
}
