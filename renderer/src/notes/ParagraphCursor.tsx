/**
 * Highlighting without a mouse, paragraph by paragraph: in the reader, "p" puts a paragraph cursor
 * on the first paragraph in view (then on the next one), Shift+P on the previous one. The
 * paragraph gets the focus, so a screen reader reads it, and its text is selected, so the same
 * highlight toolbar appears; Tab reaches it, as for any selection. No paragraph is a Tab stop of
 * its own, so a long document adds no Tab stops. A short notice says where the cursor is and what
 * the next keys do; Esc takes the cursor away.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Blocks a reader thinks of as paragraphs: the innermost paragraph, list item or table cell. */
const BLOCKS = 'p, li, td, th, blockquote, dd';

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

function paragraphsOf(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.querySelector(BLOCKS) && (el.textContent ?? '').trim() !== '');
}

/** Selects the paragraph's text, from its first to its last non-blank text node. */
function selectText(el: HTMLElement): void {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const first = walker.nextNode() as Text | null;
  let last = first;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  if (!first || !last) return;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.data.length);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function ParagraphCursor({ bodyRef }: { bodyRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const leave = () => {
      current.current?.classList.remove('paragraph-cursor');
      current.current = null;
      setNotice('');
    };
    const onKey = (event: KeyboardEvent) => {
      const root = bodyRef.current;
      if (!root || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      if (event.key === 'Escape' && current.current && document.activeElement === current.current) {
        document.getSelection()?.removeAllRanges();
        root.focus({ preventScroll: true });
        leave();
        return;
      }
      if (event.key !== 'p' && event.key !== 'P') return;
      if (document.querySelector('dialog[open]')) return;
      const paragraphs = paragraphsOf(root);
      if (paragraphs.length === 0) return;
      event.preventDefault();
      const scroller = root.closest('main') ?? document.documentElement;
      const top = scroller.getBoundingClientRect().top;
      const inView = (el: HTMLElement) => {
        const box = el.getBoundingClientRect();
        return box.bottom - top > 0 && window.innerHeight - box.top > 0;
      };
      const at = current.current ? paragraphs.indexOf(current.current) : -1;
      const step = event.shiftKey ? -1 : 1;
      let next: number;
      if (at >= 0 && inView(paragraphs[at]!)) next = Math.min(paragraphs.length - 1, Math.max(0, at + step));
      else next = Math.max(0, paragraphs.findIndex((el) => el.getBoundingClientRect().bottom - top > 8));
      const paragraph = paragraphs[next]!;
      current.current?.classList.remove('paragraph-cursor');
      current.current?.removeAttribute('tabindex');
      current.current = paragraph;
      paragraph.classList.add('paragraph-cursor');
      // Focusable only while the cursor is on it; focus first, since focusing can clear a selection.
      paragraph.tabIndex = -1;
      paragraph.focus({ preventScroll: true });
      paragraph.scrollIntoView({ block: 'nearest' });
      selectText(paragraph);
      setNotice(t('notes.paragraphCursor', { n: next + 1, total: paragraphs.length }));
    };
    const onSelection = () => {
      // The cursor goes when its paragraph is no longer what is selected (a click elsewhere, a highlight made).
      const selection = document.getSelection();
      if (current.current && (!selection || selection.isCollapsed || !current.current.contains(selection.anchorNode))) {
        current.current.classList.remove('paragraph-cursor');
        setNotice('');
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [bodyRef, t]);

  return (
    <p className="paragraph-cursor-notice" role="status">
      {notice}
    </p>
  );
}
