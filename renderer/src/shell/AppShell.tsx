import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { onHostEvent } from '../api/host';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

export function AppShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => onHostEvent('menu:navigate', ({ route }) => void navigate(route)), [navigate]);
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
      <Sidebar />
      <div className="shell-body">
        <TopBar />
        <main id="main" tabIndex={-1} className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
