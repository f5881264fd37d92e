/**
 * The small toolbar over a text selection in a document: highlight in one of four colours, add a
 * note, copy the quote. It keeps the selection as offsets in the body text, so clicking a button
 * (which may clear the selection) still acts on what was selected.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createAnchor } from '../../../core/notes/anchoring';
import { HIGHLIGHT_COLOURS, type Anchor, type HighlightColour } from '../../../core/notes/schema';
import { readBodyText, selectionOffsets } from './highlightDom';

interface Props {
  bodyRef: RefObject<HTMLDivElement | null>;
  onHighlight(anchor: Anchor, colour: HighlightColour): void;
  onAddNote(anchor: Anchor): void;
  readOnly: boolean;
}

interface Pending {
  anchor: Anchor;
  top: number;
  left: number;
}

export function SelectionToolbar({ bodyRef, onHighlight, onAddNote, readOnly }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [copied, setCopied] = useState(false);
  const toolbar = useRef<HTMLDivElement>(null);
  /** Reads the selection now, without the wait that calms a mouse drag; true when one is there. */
  const readNow = useRef<() => boolean>(() => false);
  /** Tab was pressed before the toolbar was drawn: focus it once it is. */
  const focusWhenShown = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (): boolean => {
      const root = bodyRef.current;
      const selection = document.getSelection();
      if (toolbar.current?.contains(document.activeElement)) return true; // keyboard use of the toolbar
      const none = () => {
        setPending(null);
        return false;
      };
      if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return none();
      const range = selection.getRangeAt(0);
      const body = readBodyText(root);
      const offsets = selectionOffsets(root, body, range);
      if (!offsets) return none();
      const rect = range.getBoundingClientRect();
      setCopied(false);
      setPending({
        anchor: createAnchor(body.text, offsets[0], offsets[1], body.headingPathAt(offsets[0])),
        // Above the selection, or below it when there is no room; always on screen.
        top: Math.min(window.innerHeight - 56, rect.top > 64 ? rect.top - 52 : rect.bottom + 8),
        left: Math.min(window.innerWidth - 340, Math.max(8, rect.left + rect.width / 2 - 160)),
      });
      return true;
    };
    readNow.current = () => {
      clearTimeout(timer);
      return update();
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    };
    document.addEventListener('selectionchange', onChange);
    // The reader scrolls inside <main>: follow the selection.
    document.addEventListener('scroll', onChange, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('scroll', onChange, true);
    };
  }, [bodyRef]);

  // Keyboard: with text selected, Tab moves into the toolbar (reading the selection first, since
  // Shift+arrows may have just changed it); Escape leaves it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || toolbar.current?.contains(document.activeElement)) return;
      if (!readNow.current()) return;
      event.preventDefault();
      const first = toolbar.current?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      if (first) first.focus();
      else focusWhenShown.current = true;
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!pending || !focusWhenShown.current) return;
    focusWhenShown.current = false;
    toolbar.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [pending]);

  if (!pending) return null;
  const done = () => {
    // Focus was in the toolbar, which is about to go: give it back to the text, not to nowhere.
    if (toolbar.current?.contains(document.activeElement)) bodyRef.current?.focus({ preventScroll: true });
    document.getSelection()?.removeAllRanges();
    setPending(null);
  };
  return (
    <div
      ref={toolbar}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('notes.toolbarLabel')}
      style={{ top: pending.top, left: pending.left }}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') done();
      }}
    >
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`swatch swatch-${colour}`}
          disabled={readOnly}
          aria-label={t('notes.highlightIn', { colour: t(`notes.colours.${colour}`) })}
          title={t('notes.highlightIn', { colour: t(`notes.colours.${colour}`) })}
          onClick={() => {
            onHighlight(pending.anchor, colour);
            done();
          }}
        />
      ))}
      <button
        type="button"
        className="toolbar-text-button"
        disabled={readOnly}
        onClick={() => {
          onAddNote(pending.anchor);
          done();
        }}
      >
        {t('notes.addNote')}
      </button>
      <button
        type="button"
        className="toolbar-text-button"
        onClick={() => {
          void navigator.clipboard?.writeText(pending.anchor.quote).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? t('notes.copied') : t('notes.copyQuote')}
      </button>
    </div>
  );
}
