/**
 * What changes with every route: the window title, the scroll position (kept per history entry
 * and restored on Back/Forward), and the focus, which moves to the new page's main heading so a
 * screen reader announces where the user has arrived.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigationType } from 'react-router';
import { ROUTE_TITLE_KEYS, setPageTitle } from './pageTitle';
import { isReturnTo, noteArrival, rememberScroll, restoreScroll, savedScroll } from './scrollMemory';

const HEADING_WAIT_MS = 5000;

function isTyping(): boolean {
  const active = document.activeElement as HTMLElement | null;
  return !!active && (active.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName));
}

/** Focuses the page's h1 as soon as it appears (documents load after the route changes). */
function focusHeadingWhenShown(root: HTMLElement): () => void {
  const tryFocus = () => {
    const heading = root.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    if (!isTyping()) heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}

export function useRouteChange(): void {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigationType = useNavigationType();
  const keyRef = useRef(location.key);
  const firstPath = useRef<string | null>(null);
  const shownPath = useRef(location.pathname);

  // Remember the scroll position of the entry being shown, continuously.
  useLayoutEffect(() => {
    keyRef.current = location.key;
  }, [location.key]);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const onScroll = () => rememberScroll(keyRef.current, main.scrollTop);
    main.addEventListener('scroll', onScroll, { passive: true });
    return () => main.removeEventListener('scroll', onScroll);
  }, []);

  // Back/Forward: return to where this entry was left. New entries start at the top (a page
  // that opens at a section or a search hit scrolls there itself).
  useLayoutEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const saved = savedScroll(location.key);
    const pathChanged = shownPath.current !== location.pathname;
    shownPath.current = location.pathname;
    // A plain hash link is a POP too, but to an entry never shown before: it starts at the top.
    const returning = navigationType === 'POP' && saved !== undefined;
    noteArrival(location.key, returning);
    if (returning) return restoreScroll(main, saved);
    if (pathChanged) main.scrollTop = 0;
    return undefined;
  }, [location.key, location.pathname, navigationType]);

  // The focus follows the page, not the query string (typing a search must keep its box).
  useEffect(() => {
    const main = document.getElementById('main');
    if (firstPath.current === null) {
      firstPath.current = location.pathname;
      return;
    }
    if (!main) return;
    return focusHeadingWhenShown(main);
  }, [location.pathname]);

  useEffect(() => {
    const key = ROUTE_TITLE_KEYS.find(([pattern]) => pattern.test(location.pathname))?.[1];
    if (key) setPageTitle(t(key));
  }, [location.pathname, t, i18n.language]);
}

/** For the reader: is this visit a Back/Forward to an entry whose place is remembered? */
export function useReturningVisit(): () => boolean {
  const location = useLocation();
  return () => isReturnTo(location.key);
}
