/**
 * Draws the document's highlights into its text and re-attaches each one to the current text.
 * A highlight whose passage moved is re-anchored; one whose passage is gone is marked detached
 * (and kept). Returns where each attached highlight sits, for the margin markers.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { createAnchor, reattachHighlight } from '../../../core/notes/anchoring';
import type { Anchor, Highlight } from '../../../core/notes/schema';
import { clearHighlightMarks, HIGHLIGHT_CLASS, readBodyText, wrapRange } from './highlightDom';

export interface MarkerPosition {
  id: string;
  top: number;
  colour: Highlight['colour'];
  quote: string;
}

type Reanchor = (id: string, patch: { anchor?: Anchor; detached: boolean }) => void;

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.quote === b.quote && a.offset === b.offset && a.prefix === b.prefix && a.suffix === b.suffix;
}

export function useHighlightMarks(root: RefObject<HTMLDivElement | null>, highlights: Highlight[], contentKey: string, reanchor: Reanchor): MarkerPosition[] {
  const [positions, setPositions] = useState<MarkerPosition[]>([]);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    clearHighlightMarks(el);
    const sorted = [...highlights].sort((a, b) => a.anchor.offset - b.anchor.offset);
    for (const h of sorted) {
      const body = readBodyText(el);
      const range = reattachHighlight(h.anchor, body.text, body.headingPathAt);
      if (!range) {
        if (!h.detached) reanchor(h.id, { detached: true });
        continue;
      }
      const fresh = createAnchor(body.text, range.start, range.end, body.headingPathAt(range.start));
      if (h.detached || !sameAnchor(fresh, h.anchor)) reanchor(h.id, { anchor: fresh, detached: false });
      const marks = wrapRange(body, range.start, range.end, () => {
        const mark = document.createElement('mark');
        mark.className = `${HIGHLIGHT_CLASS} ${HIGHLIGHT_CLASS}-${h.colour}`;
        mark.dataset.highlight = h.id;
        return mark;
      });
      if (marks[0]) marks[0].id = `sorotan-${h.id}`;
    }
    const measure = () => {
      // Relative to the article, where the margin column is placed.
      const top = (el.parentElement ?? el).getBoundingClientRect().top;
      setPositions(
        sorted.flatMap((h) => {
          const mark = el.querySelector<HTMLElement>(`mark[data-highlight="${h.id}"]`);
          return mark ? [{ id: h.id, top: mark.getBoundingClientRect().top - top, colour: h.colour, quote: h.anchor.quote }] : [];
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
    // `contentKey` stands for the document's html: a new body needs drawing again.
  }, [root, highlights, contentKey, reanchor]);

  return positions;
}
