/**
 * The channel and event names alone, without their schemas, so the sandboxed preload stays small.
 * core/api.ts checks at compile time that this list and the contract agree.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:setLanguage',
  'app:setTheme',
  'app:openExternal',
  'app:setReaderFontSize',
  'library:list',
  'library:get',
  'progress:getChecklist',
  'progress:setChecklistItem',
  'reading:markOpened',
  'reading:recent',
  'packs:list',
  'packs:get',
  'packs:save',
  'packs:duplicate',
  'packs:delete',
  'packs:export',
  'packs:import',
  'present:position',
  'present:savePosition',
  'present:openWindow',
  'handout:savePdf',
  // notes, bookmarks and backups (core/notes/contract.ts)
  'notes:status',
  'notes:list',
  'notes:forDocument',
  'notes:createHighlight',
  'notes:updateHighlight',
  'notes:deleteHighlight',
  'notes:createNote',
  'notes:updateNote',
  'notes:deleteNote',
  'notes:restore',
  'notes:export',
  'notes:import',
  'bookmarks:list',
  'bookmarks:add',
  'bookmarks:remove',
  'backup:list',
  'backup:restore',
  // library sources: own folders and packs (core/sources/contract.ts)
  'sources:list',
  'sources:addFolder',
  'sources:rename',
  'sources:setEnabled',
  'sources:remove',
  'sources:reindex',
  'sources:cancel',
  'sources:problems',
  'sources:revealFile',
  'sources:openFile',
  'search:segments',
  // replication planner (core/planner/contract.ts)
  'planner:list',
  'planner:get',
  'planner:create',
  'planner:save',
  'planner:delete',
  'planner:undo',
  'planner:export',
  'planner:import',
] as const;

export const HOST_EVENTS = ['menu:navigate', 'menu:focusSearch', 'sources:progress', 'sources:changed'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type HostEvent = (typeof HOST_EVENTS)[number];
