import { CircleHelp, ClipboardList, Library, NotebookPen, Presentation, Search, Settings } from 'lucide-react';

/** The sidebar's pages; each icon (lucide, ISC) is decorative beside its text label. */
export const NAV_ITEMS = [
  { route: '/', labelKey: 'nav.library', icon: Library },
  { route: '/cari', labelKey: 'nav.search', icon: Search },
  { route: '/catatan', labelKey: 'nav.notes', icon: NotebookPen },
  { route: '/presentasi', labelKey: 'nav.present', icon: Presentation },
  { route: '/rencana', labelKey: 'nav.plans', icon: ClipboardList },
  { route: '/pengaturan', labelKey: 'nav.settings', icon: Settings },
  { route: '/bantuan', labelKey: 'nav.help', icon: CircleHelp },
] as const;
