/**
 * A grid of document cards that renders only the rows on screen (@tanstack/react-virtual), for
 * Jelajahi at 30,000 documents. Keyboard: one Tab stop (the current card); ←/→ move by one card,
 * ↑/↓ by a row, PageUp/PageDown by a screen, Home/End to the first and last. The current card's
 * row is always rendered, so scrolling with the wheel never takes focus away. Each card says its
 * place ("3 of 2,549") through aria-posinset/aria-setsize, as the list holds only some of them.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../../core/content/types';
import { DocumentCardContent } from '../DocumentCard';

const MIN_CARD_WIDTH = 290;
const GAP = 14;
const ESTIMATED_ROW = 190;

interface VirtualCardGridProps {
  docs: readonly DocumentSummary[];
  label: string;
  describedBy?: string;
  sourceName(doc: DocumentSummary): string | undefined;
}

function scrollRoot(): HTMLElement | null {
  return document.getElementById('main');
}

export function VirtualCardGrid({ docs, label, describedBy, sourceName }: VirtualCardGridProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const links = useRef(new Map<number, HTMLAnchorElement>());

  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP)));
  const rows = Math.ceil(docs.length / columns);
  const current = Math.min(active, Math.max(0, docs.length - 1));
  const activeRow = Math.floor(current / columns);

  // The list's width decides the columns; its offset inside the scrolling <main> is the margin.
  useLayoutEffect(() => {
    const list = listRef.current;
    const root = scrollRoot();
    if (!list || !root) return;
    const measure = () => {
      setWidth(list.clientWidth);
      setScrollMargin(list.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeRow < rows && !indexes.includes(activeRow)) indexes.push(activeRow);
      return indexes.sort((a, b) => a - b);
    },
    [activeRow, rows],
  );

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: scrollRoot,
    estimateSize: () => ESTIMATED_ROW,
    gap: GAP,
    overscan: 2,
    scrollMargin,
    rangeExtractor,
  });

  // New results: the tab stop goes back to the first card.
  useEffect(() => setActive(0), [docs]);

  useEffect(() => {
    if (!focusPending.current) return;
    const link = links.current.get(current);
    if (link) {
      focusPending.current = false;
      link.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(docs.length - 1, index));
    focusPending.current = true;
    setActive(target);
    virtualizer.scrollToIndex(Math.floor(target / columns), { align: 'auto' });
    const link = links.current.get(target);
    if (link) {
      focusPending.current = false;
      link.focus({ preventScroll: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const perScreen = Math.max(1, Math.floor((scrollRoot()?.clientHeight ?? 600) / ESTIMATED_ROW)) * columns;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      PageDown: index + perScreen,
      PageUp: index - perScreen,
      Home: 0,
      End: docs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // ↓ on the last row stays put rather than jumping to the last card of a short row.
    if (event.key === 'ArrowDown' && next >= docs.length) return;
    moveTo(next);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      aria-describedby={describedBy}
      className="virtual-grid"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="virtual-grid-row"
          style={{ transform: `translateY(${row.start - scrollMargin}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        >
          {docs.slice(row.index * columns, row.index * columns + columns).map((doc, column) => {
            const index = row.index * columns + column;
            return (
              <div key={doc.id} role="listitem" className="doc-card" aria-posinset={index + 1} aria-setsize={docs.length}>
                <DocumentCardContent
                  doc={doc}
                  sourceName={sourceName(doc)}
                  link={{
                    tabIndex: index === current ? 0 : -1,
                    linkRef: (element) => {
                      if (element) links.current.set(index, element);
                      else links.current.delete(index);
                    },
                    onFocus: () => setActive(index),
                    onKeyDown: (event) => onKeyDown(event, index),
                  }}
                />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
