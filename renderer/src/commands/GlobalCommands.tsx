/**
 * The keyboard layer over every page: Ctrl+Shift+P opens the command palette, "?" the shortcuts
 * sheet; in the reader, "t" jumps to the table of contents and "n" to the notes panel. Single
 * keys never act while the user is typing in a field.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSettings } from '../settings/SettingsContext';
import { CommandPalette } from './CommandPalette';
import { buildCommands } from './commandList';
import { ShortcutsSheet } from './ShortcutsSheet';

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** The first focusable thing inside the first element that matches. */
function focusIn(selector: string): boolean {
  const region = document.querySelector<HTMLElement>(selector);
  const target = region?.querySelector<HTMLElement>('a[href], button, textarea, input, [tabindex="0"]');
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

export function GlobalCommands() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useSettings();
  // A new number each time it is asked for, so closing and reopening in one render still reopens.
  const [palette, setPalette] = useState(0);
  const [sheet, setSheet] = useState(false);

  const commands = useMemo(
    () =>
      buildCommands({
        t,
        navigate: (route) => void (route === '..back' ? navigate(-1) : navigate(route)),
        setTheme: (theme) => void settings.setTheme(theme),
        setLanguage: (language) => void settings.setLanguage(language),
        focusSearch: () => document.getElementById('global-search')?.focus(),
        showShortcuts: () => setSheet(true),
        showWelcome: () => void settings.setWelcomeDismissed(false).then((saved) => saved && navigate('/')),
      }),
    [t, navigate, settings],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        setPalette((n) => n + 1);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        setSheet(true);
      } else if (event.key === 't' && focusIn('.toc')) event.preventDefault();
      else if (event.key === 'n' && focusIn('.notes-panel')) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <CommandPalette opened={palette} commands={commands} onClose={() => setPalette(0)} />
      <ShortcutsSheet open={sheet} onClose={() => setSheet(false)} />
    </>
  );
}
