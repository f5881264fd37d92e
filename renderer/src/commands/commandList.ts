/** Every page and action the command palette offers, by name, in the UI language. */
export interface Command {
  id: string;
  label: string;
  /** Shown on the right, e.g. "Ctrl+K". */
  hint?: string;
  run(): void;
}

export interface CommandContext {
  t: (key: string) => string;
  navigate(route: string): void;
  setTheme(theme: 'light' | 'dark' | 'system'): void;
  setLanguage(language: 'id' | 'en'): void;
  focusSearch(): void;
  showShortcuts(): void;
  /** Brings the home page's welcome back (it may have been closed). */
  showWelcome(): void;
}

export function buildCommands(c: CommandContext): Command[] {
  const page = (id: string, route: string, label: string, hint?: string): Command => ({ id, label: `${c.t('commands.goTo')} ${label}`, hint, run: () => c.navigate(route) });
  return [
    page('pustaka', '/', c.t('nav.library')),
    page('jelajah', '/jelajah', c.t('browse.title')),
    page('cari', '/cari', c.t('nav.search')),
    page('catatan', '/catatan', c.t('nav.notes')),
    page('presentasi', '/presentasi', c.t('nav.present')),
    page('rencana', '/rencana', c.t('nav.plans')),
    page('pengaturan', '/pengaturan', c.t('nav.settings')),
    page('sumber', '/pengaturan/sumber', c.t('sources.title')),
    page('glosarium', '/dokumen/glosarium', c.t('types.glossary')),
    page('bantuan', '/bantuan', c.t('nav.help')),
    { id: 'sambutan', label: c.t('commands.showWelcome'), run: c.showWelcome },
    { id: 'cari-fokus', label: c.t('commands.focusSearch'), hint: 'Ctrl+K', run: c.focusSearch },
    { id: 'tema-terang', label: c.t('commands.themeLight'), run: () => c.setTheme('light') },
    { id: 'tema-gelap', label: c.t('commands.themeDark'), run: () => c.setTheme('dark') },
    { id: 'tema-sistem', label: c.t('commands.themeSystem'), run: () => c.setTheme('system') },
    { id: 'bahasa-id', label: 'Bahasa Indonesia', run: () => c.setLanguage('id') },
    { id: 'bahasa-en', label: 'English', run: () => c.setLanguage('en') },
    { id: 'pintasan', label: c.t('commands.shortcuts'), hint: '?', run: c.showShortcuts },
    { id: 'kembali', label: c.t('commands.back'), hint: 'Alt+←', run: () => c.navigate('..back') },
  ];
}

/** Case- and accent-insensitive: every word typed must start a word of the label, or occur in it. */
export function matchCommands(commands: Command[], text: string): Command[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  return commands.filter((command) => {
    const label = fold(command.label);
    return words.every((word) => label.includes(word));
  });
}
