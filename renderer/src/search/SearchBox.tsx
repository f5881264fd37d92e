/**
 * The top-bar search: results appear as you type (titles first, then passages), arrow keys move
 * through them, Enter opens the chosen passage with the words highlighted, or the full results
 * page when nothing is chosen. Ctrl+K (or the menu) focuses it from anywhere.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { QuickOpenItem } from '../../../core/search/types';
import { onHostEvent } from '../api/host';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { hitRoute } from './hitRoute';
import { quickOpen } from './searchClient';
import { Snippet } from './Snippet';
import { useSearch } from './useSearch';
import { sourceOfKey, useSources } from '../sources/useSources';

interface Option {
  key: string;
  route: string;
  title: string;
  detail?: string;
  item?: QuickOpenItem;
  snippet?: import('../../../core/search/types').SnippetPart[];
}

export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [titles, setTitles] = useState<QuickOpenItem[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const search = useSearch(open ? text : '', { limit: 6, prefixLastWord: true });
  const sources = useSources();

  useEffect(() => {
    const focus = () => {
      input.current?.focus();
      input.current?.select();
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
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

  useEffect(() => {
    if (!open || !text.trim()) return setTitles([]);
    let current = true;
    quickOpen(text, 4).then((items) => current && items && setTitles(items), () => current && setTitles([]));
    return () => {
      current = false;
    };
  }, [text, open]);

  // A folder's documents say which folder they come from; the bundled library's say nothing.
  const withSource = (detail: string, key: string) => {
    const source = key ? sourceOfKey(sources, key) : undefined;
    return source ? `${detail} · ${source.name}` : detail;
  };
  const response = search.status === 'ready' ? search.response : search.status === 'searching' ? search.previous : null;
  const stems = response?.highlightStems ?? [];
  const titleIds = new Set(titles.filter((i) => i.kind === 'document').map((i) => i.id));
  const options: Option[] = [
    ...titles.map((item) => ({
      key: `q-${item.kind}-${item.id}-${item.slug ?? ''}`,
      route: hitRoute({ id: item.id }, item.slug ? { slug: item.slug } : undefined, stems),
      title: item.kind === 'section' ? `${item.title} › ${item.heading ?? ''}` : item.title,
      detail: withSource(t(`types.${item.type}`), item.id),
      item,
    })),
    ...(response?.hits ?? [])
      .filter((hit) => !titleIds.has(hit.id))
      .map((hit) => ({
        key: `h-${hit.id}`,
        route: hitRoute(hit, hit.sections[0], stems),
        title: hit.title,
        detail: withSource(hit.sections[0]?.heading || t(`types.${hit.type}`), hit.source === 'notes' ? '' : hit.id),
        snippet: hit.sections[0]?.snippet,
      })),
  ];

  // The list scrolls on its own; the option chosen with the arrow keys stays in view.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const go = (route: string) => {
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    void navigate(route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      const trimmed = text.trim();
      if (chosen) go(chosen.route);
      else go(trimmed ? `/cari?q=${encodeURIComponent(trimmed)}` : '/cari');
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const showPanel = open && text.trim().length > 0;
  return (
    <div className="topbar-search" role="search">
      <label htmlFor="global-search" className="visually-hidden">
        {t('topbar.searchLabel')}
      </label>
      <input
        id="global-search"
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && options[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        placeholder={t('topbar.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
      />
      <kbd aria-hidden="true">{t('topbar.shortcut')}</kbd>
      {showPanel ? (
        <div className="search-panel">
          <ul id={listId} role="listbox" aria-label={t('search.suggestions')}>
            {options.map((option, i) => (
              <li
                key={option.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(option.route);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="option-title">{option.title}</span>
                {option.detail ? <span className="option-detail">{option.detail}</span> : null}
                {option.snippet ? (
                  <ItemBoundary rawText={option.snippet.map((part) => part.text).join('')}>
                    <Snippet parts={option.snippet} />
                  </ItemBoundary>
                ) : null}
              </li>
            ))}
          </ul>
          {search.status === 'unavailable' ? <p className="search-panel-note">{t('search.unavailable')}</p> : null}
          {search.status === 'ready' && options.length === 0 ? <p className="search-panel-note">{t('search.panelEmpty')}</p> : null}
          <p className="search-panel-footer">{t('search.panelHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
