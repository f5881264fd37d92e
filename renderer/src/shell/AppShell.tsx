import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { onHostEvent } from '../api/host';
import { GlobalCommands } from '../commands/GlobalCommands';
import { NotesNotice } from '../notes/NotesNotice';
import { useNotesSearchSync } from '../notes/syncNotesSearch';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useRouteChange } from './useRouteChange';

export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => onHostEvent('menu:navigate', ({ route }) => void navigate(route)), [navigate]);
  useNotesSearchSync(t('notes.freeNotes'));
  useRouteChange();
  // Alt+← / Alt+→ step through the reading history, as in a browser.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        void navigate(event.key === 'ArrowLeft' ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // With hash routing a plain #main would change the route; move focus instead.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <GlobalCommands />
      <Sidebar />
      <div className="shell-body">
        <TopBar />
        <NotesNotice />
        <main id="main" tabIndex={-1} className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
