/**
 * Everything a document page needs for annotating: its highlights and notes, the marks in the
 * text, which highlight is open, and opening one from a click in the text or a search result.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor, HighlightColour } from '../../../core/notes/schema';
import { useHostCall } from '../api/useHostCall';
import { HIGHLIGHT_CLASS } from './highlightDom';
import { useDocumentNotes } from './useDocumentNotes';
import { useHighlightMarks } from './useHighlightMarks';

export function useAnnotations(docId: string, bodyRef: RefObject<HTMLDivElement | null>, contentKey: string, openSection: string | null) {
  const { t } = useTranslation();
  const notes = useDocumentNotes(docId);
  const status = useHostCall('notes:status', undefined, 'status');
  const readOnly = status.status === 'ready' && status.value.readOnly;
  const [activeId, setActiveId] = useState<string | null>(null);
  const { updateHighlight } = notes;
  const reanchor = useCallback(
    (id: string, patch: { anchor?: Anchor; detached: boolean }) => {
      if (!readOnly) void updateHighlight(id, patch, true);
    },
    [updateHighlight, readOnly],
  );
  const positions = useHighlightMarks(bodyRef, notes.highlights, contentKey, reanchor);

  const open = useCallback((id: string) => {
    setActiveId(id);
    // The editor may not exist yet (a highlight just made): focus it once it is drawn.
    requestAnimationFrame(() => document.getElementById(`catatan-sorotan-${id}`)?.focus());
  }, []);

  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>(`mark.${HIGHLIGHT_CLASS}`);
      if (mark?.dataset.highlight && document.getSelection()?.isCollapsed !== false) open(mark.dataset.highlight);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [bodyRef, open, contentKey]);

  // Arriving from a search hit or the Notes page (?bagian=sorotan-<id>): show that highlight.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!openSection?.startsWith('sorotan-') || scrolledTo.current === openSection) return;
    const target = document.getElementById(openSection);
    if (!target) return;
    scrolledTo.current = openSection;
    target.scrollIntoView({ block: 'center' });
    setActiveId(openSection.slice('sorotan-'.length));
  }, [openSection, positions]);

  const highlight = useCallback(
    (anchor: Anchor, colour: HighlightColour) => void notes.createHighlight(anchor, colour),
    [notes],
  );
  const addNote = useCallback(
    async (anchor: Anchor) => {
      const created = await notes.createHighlight(anchor, 'kuning', '');
      if (created) open(created.highlight.id);
    },
    [notes, open],
  );

  return {
    ...notes,
    readOnly,
    positions,
    activeId,
    open,
    highlight,
    addNote,
    deleteWithUndo: (id: string) => void notes.deleteHighlight(id, t('notes.deleted')),
    colourWithUndo: (id: string, colour: HighlightColour) => void notes.changeColour(id, colour, t('notes.colourChanged')),
  };
}
