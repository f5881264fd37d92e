import type { HandlerTable } from '../../../core/api';
import type { ProgressStore } from '../progress/ProgressStore';

type ProgressHandlers = Pick<
  HandlerTable,
  'progress:getChecklist' | 'progress:setChecklistItem' | 'reading:markOpened' | 'reading:recent'
>;

export function createProgressHandlers(progress: ProgressStore): ProgressHandlers {
  return {
    'progress:getChecklist': async ({ id }) => ({ checked: progress.checklist(id) }),
    'progress:setChecklistItem': async ({ id, item, checked }) => ({
      checked: await progress.setChecklistItem(id, item, checked),
    }),
    'reading:markOpened': async ({ id }) => ({ recent: await progress.markOpened(id) }),
    'reading:recent': async () => ({ recent: progress.recent() }),
  };
}
