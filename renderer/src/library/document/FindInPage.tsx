/**
 * Ctrl+F inside a document: type, see "3 dari 12", move with Enter / Shift+Enter, Esc to close.
 * As in a browser, closing leaves the match it was on selected: the keyboard's way to select text,
 * which Shift+arrows then extend and Tab takes to the highlight toolbar.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { readBodyText, rangeAt, selectionOffsets } from '../../notes/highlightDom';
import { clearMarks, markText } from './textMarks';
import { ChevronDown, ChevronUp, X } from 'lucide-react';

export function FindInPage({ bodyRef, contentKey }: { bodyRef: RefObject<HTMLElement | null>; contentKey: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [needle, setNeedle] = useState('');
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  /** The match to select once its find marks are gone, as offsets in the body text. */
  const selectOnClose = useRef<[number, number] | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setOpen(true);
        setTimeout(() => input.current?.select(), 0);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    clearMarks(root, 'find-hit');
    const found = open ? markText(root, needle) : [];
    setMarks(found);
    setCurrent(0);
    const chosen = selectOnClose.current;
    selectOnClose.current = null;
    const range = chosen && !open ? rangeAt(readBodyText(root), chosen[0], chosen[1]) : null;
    if (range) {
      root.focus({ preventScroll: true });
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }
    return () => clearMarks(root, 'find-hit');
  }, [needle, open, bodyRef, contentKey]);

  useEffect(() => {
    marks.forEach((mark, i) => mark.classList.toggle('current', i === current));
    marks[current]?.scrollIntoView({ block: 'center' });
  }, [marks, current]);

  if (!open) return null;
  const step = (delta: number) => setCurrent((i) => (marks.length ? (i + delta + marks.length) % marks.length : 0));
  const close = () => {
    const root = bodyRef.current;
    const hit = marks[current];
    if (root && hit?.isConnected) {
      const range = document.createRange();
      range.selectNodeContents(hit);
      selectOnClose.current = selectionOffsets(root, readBodyText(root), range);
    }
    setOpen(false);
    setNeedle('');
  };
  return (
    <div className="find-bar" role="search" aria-label={t('document.findLabel')}>
      <input
        ref={input}
        type="search"
        value={needle}
        aria-label={t('document.findLabel')}
        aria-describedby={hintId}
        title={t('document.findSelectHint')}
        placeholder={t('document.findPlaceholder')}
        onChange={(event) => setNeedle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') close();
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('document.findSelectHint')}
      </span>
      <span className="find-count" role="status">
        {needle.trim() ? (marks.length ? t('document.findCount', { current: current + 1, total: marks.length }) : t('document.findNone')) : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={marks.length === 0} aria-label={t('document.findPrevious')}>
        <ChevronUp className="icon" aria-hidden="true" />
      </button>
      <button type="button" onClick={() => step(1)} disabled={marks.length === 0} aria-label={t('document.findNext')}>
        <ChevronDown className="icon" aria-hidden="true" />
      </button>
      <button type="button" onClick={close} aria-label={t('document.findClose')}>
        <X className="icon" aria-hidden="true" />
      </button>
    </div>
  );
}
