import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { onHostEvent } from '../api/host';

/** The search box is reachable from anywhere with Ctrl+K (or ⌘K), and from the app menu. */
export function TopBar() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focus = () => {
      input.current?.focus();
      input.current?.select();
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        focus();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = onHostEvent('menu:focusSearch', focus);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    void navigate(trimmed ? `/cari?q=${encodeURIComponent(trimmed)}` : '/cari');
  };

  return (
    <header className="topbar">
      <form role="search" onSubmit={submit} className="topbar-search">
        <label htmlFor="global-search" className="visually-hidden">
          {t('topbar.searchLabel')}
        </label>
        <input
          id="global-search"
          ref={input}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('topbar.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
        />
        <kbd aria-hidden="true">{t('topbar.shortcut')}</kbd>
      </form>
    </header>
  );
}
