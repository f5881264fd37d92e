/**
 * Language and theme: loaded from the host at start, applied to i18next and <html>, and saved
 * through the contract. A failed save keeps the previous choice and reports why.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, Result, ThemePreference, UiLanguage } from '../../../core/api';
import type { ApiError } from '../../../core/errors';
import { callHost } from '../api/host';
import i18n from '../i18n';

interface SettingsState {
  info: AppInfo | null;
  language: UiLanguage;
  theme: ThemePreference;
  readerFontSize: number;
  /** Null until the host has answered, so the home page does not flash its welcome. */
  welcomeDismissed: boolean | null;
  lastError: ApiError | null;
  setReaderFontSize(size: number): Promise<boolean>;
  setWelcomeDismissed(dismissed: boolean): Promise<boolean>;
  setLanguage(language: UiLanguage): Promise<boolean>;
  setTheme(theme: ThemePreference): Promise<boolean>;
}

const SettingsContext = createContext<SettingsState | null>(null);

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [language, setLanguageState] = useState<UiLanguage>('id');
  const [theme, setThemeState] = useState<ThemePreference>('system');
  const [readerFontSize, setReaderFontSizeState] = useState(18);
  const [welcomeDismissed, setWelcomeDismissedState] = useState<boolean | null>(null);
  const [lastError, setLastError] = useState<ApiError | null>(null);
  const systemDark = useSystemDark();

  useEffect(() => {
    void callHost('app:info').then((result) => {
      if (!result.ok) return setLastError(result.error);
      setInfo(result.value);
      setLanguageState(result.value.language);
      setThemeState(result.value.theme);
      setReaderFontSizeState(result.value.readerFontSize);
      setWelcomeDismissedState(result.value.welcomeDismissed);
    });
  }, []);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  const resolvedTheme = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  /** Optimistic: the choice shows at once and is rolled back if the host cannot save it. */
  const save = useCallback(
    async <T,>(next: T, previous: T, show: (value: T) => void, persist: () => Promise<Result<unknown>>): Promise<boolean> => {
      show(next);
      const result = await persist();
      if (result.ok) {
        setLastError(null);
        return true;
      }
      show(previous);
      setLastError(result.error);
      return false;
    },
    [],
  );
  const setLanguage = useCallback(
    (next: UiLanguage) => save(next, language, setLanguageState, () => callHost('app:setLanguage', { language: next })),
    [save, language],
  );
  const setTheme = useCallback(
    (next: ThemePreference) => save(next, theme, setThemeState, () => callHost('app:setTheme', { theme: next })),
    [save, theme],
  );
  const setReaderFontSize = useCallback(
    (next: number) => save(next, readerFontSize, setReaderFontSizeState, () => callHost('app:setReaderFontSize', { size: next })),
    [save, readerFontSize],
  );

  const setWelcomeDismissed = useCallback(
    (next: boolean) => save<boolean | null>(next, welcomeDismissed, setWelcomeDismissedState, () => callHost('app:setWelcomeDismissed', { dismissed: next })),
    [save, welcomeDismissed],
  );

  const value = useMemo(
    () => ({ info, language, theme, readerFontSize, welcomeDismissed, lastError, setLanguage, setTheme, setReaderFontSize, setWelcomeDismissed }),
    [info, language, theme, readerFontSize, welcomeDismissed, lastError, setLanguage, setTheme, setReaderFontSize, setWelcomeDismissed],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const context = useContext(SettingsContext);
  if (!context) throw new Error('useSettings outside SettingsProvider');
  return context;
}
