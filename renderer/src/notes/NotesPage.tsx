import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/StatusMessage';

export function NotesPage() {
  const { t } = useTranslation();
  return (
    <div className="page notes-page">
      <header className="page-header">
        <h1>{t('notes.title')}</h1>
      </header>
      <EmptyState title={t('notes.emptyTitle')}>
        <p>{t('notes.emptyBody')}</p>
      </EmptyState>
    </div>
  );
}
