export const NAV_ITEMS = [
  { route: '/', labelKey: 'nav.library', icon: 'library' },
  { route: '/cari', labelKey: 'nav.search', icon: 'search' },
  { route: '/catatan', labelKey: 'nav.notes', icon: 'notes' },
  { route: '/presentasi', labelKey: 'nav.present', icon: 'present' },
  { route: '/rencana', labelKey: 'nav.plans', icon: 'plans' },
  { route: '/pengaturan', labelKey: 'nav.settings', icon: 'settings' },
] as const;
