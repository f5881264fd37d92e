/**
 * Moving through search results by keyboard: ↓/j and ↑/k go from result to result (one Tab stop
 * each: its title), → and ← step through the section links inside a result, Enter opens what has
 * focus. Pressing ↓ or j anywhere on the results page that is not a text field starts at the first
 * result. The links themselves stay ordinary links, so screen readers and Enter behave as usual.
 */
import { useEffect, type RefObject } from 'react';

const NEXT = new Set(['ArrowDown', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'k']);

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

export function useResultKeys(list: RefObject<HTMLOListElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = list.current;
      if (!root || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      const titles = [...root.querySelectorAll<HTMLAnchorElement>('.hit-title')];
      if (titles.length === 0) return;
      const active = document.activeElement as HTMLElement | null;
      const inList = !!active && root.contains(active);
      const current = inList ? titles.findIndex((title) => title.closest('.hit')?.contains(active)) : -1;
      let target: HTMLElement | undefined;
      if (NEXT.has(event.key)) {
        if (!inList && active && active !== document.body && !active.matches('main, .content')) return;
        target = titles[Math.min(current + 1, titles.length - 1)];
      } else if (PREVIOUS.has(event.key) && inList) {
        target = titles[Math.max(current - 1, 0)];
      } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && inList && current >= 0) {
        const links = [...titles[current]!.closest('.hit')!.querySelectorAll<HTMLAnchorElement>('a[href]')];
        const at = links.indexOf(active as HTMLAnchorElement);
        target = links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowRight' ? 1 : -1)))];
      }
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list]);
}
