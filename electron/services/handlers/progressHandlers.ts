import type { HandlerTable } from '../../../core/api';
import type { NotesStore } from '../notes/NotesStore';

type ProgressHandlers = Pick<
  HandlerTable,
  'progress:getChecklist' | 'progress:setChecklistItem' | 'reading:markOpened' | 'reading:recent'
>;

/** Checklists and recently read, kept by the notes store (which took over progress.json). */
export function createProgressHandlers(notes: NotesStore): ProgressHandlers {
  const recent = () => notes.recent().map((r) => ({ id: r.docId, openedAt: r.openedAt, position: r.position }));
  return {
    'progress:getChecklist': async ({ id }) => ({ checked: notes.checklist(id) }),
    'progress:setChecklistItem': async ({ id, item, checked }) => ({
      checked: await notes.setChecklistItem(id, item, checked),
    }),
    'reading:markOpened': async ({ id, position }) => {
      await notes.markOpened(id, position);
      return { recent: recent() };
    },
    'reading:recent': async () => ({ recent: recent() }),
  };
}
