import type { HandlerTable } from '../../../core/api';
import type { SettingsStore } from '../settings/SettingsStore';

export interface AppHandlerDeps {
  settings: SettingsStore;
  appInfo: { name: string; version: string; platform: string };
  /** Asks the user, then opens an http(s) link in the system browser. Resolves to whether it opened. */
  openExternal: (url: string) => Promise<boolean>;
  onSettingsChanged?: () => void;
}

type AppHandlers = Pick<
  HandlerTable,
  'app:info' | 'app:setLanguage' | 'app:setTheme' | 'app:setReaderFontSize' | 'app:setWelcomeDismissed' | 'app:openExternal'
>;

export function createAppHandlers(deps: AppHandlerDeps): AppHandlers {
  return {
    'app:info': async () => {
      const { language, theme, readerFontSize, welcomeDismissed } = deps.settings.get();
      return { ...deps.appInfo, language, theme, readerFontSize, welcomeDismissed };
    },
    'app:setLanguage': async ({ language }) => {
      const saved = await deps.settings.update({ language });
      deps.onSettingsChanged?.();
      return { language: saved.language };
    },
    'app:setTheme': async ({ theme }) => {
      const saved = await deps.settings.update({ theme });
      deps.onSettingsChanged?.();
      return { theme: saved.theme };
    },
    'app:setReaderFontSize': async ({ size }) => {
      const saved = await deps.settings.update({ readerFontSize: size });
      return { size: saved.readerFontSize };
    },
    'app:setWelcomeDismissed': async ({ dismissed }) => {
      const saved = await deps.settings.update({ welcomeDismissed: dismissed });
      return { dismissed: saved.welcomeDismissed };
    },
    'app:openExternal': async ({ url }) => ({ opened: await deps.openExternal(url) }),
  };
}
