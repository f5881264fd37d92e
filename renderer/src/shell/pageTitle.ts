/** The window title: "<page> — Pustaka Inovasi", so the taskbar and screen readers say where one is. */
export const APP_NAME = 'Pustaka Inovasi';

export function setPageTitle(page: string | null | undefined): void {
  document.title = page ? `${page} — ${APP_NAME}` : APP_NAME;
}

/** Pages whose title is their own (the document's title) set it themselves. */
export const ROUTE_TITLE_KEYS: [RegExp, string | null][] = [
  [/^\/dokumen\//, null],
  [/^\/jelajah/, 'browse.title'],
  [/^\/cari/, 'search.title'],
  [/^\/catatan/, 'notes.title'],
  [/^\/presentasi\/paket\//, 'packs.title'],
  [/^\/presentasi/, 'present.title'],
  [/^\/rencana/, 'planner.title'],
  [/^\/pengaturan\/sumber/, 'sources.title'],
  [/^\/pengaturan/, 'settings.title'],
  [/^/, 'library.title'],
];
