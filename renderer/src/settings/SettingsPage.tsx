import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemePreference, UiLanguage } from '../../../core/api';
import { ErrorState } from '../components/StatusMessage';
import { useSettings } from './SettingsContext';

const LANGUAGES: UiLanguage[] = ['id', 'en'];
const THEMES: ThemePreference[] = ['system', 'light', 'dark'];

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [saved, setSaved] = useState(false);

  const apply = async (change: () => Promise<boolean>) => {
    setSaved(false);
    setSaved(await change());
  };

  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <fieldset className="setting">
        <legend>{t('settings.language')}</legend>
        <p className="hint">{t('settings.languageHelp')}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="choice">
            <input
              type="radio"
              name="language"
              value={language}
              checked={settings.language === language}
              onChange={() => void apply(() => settings.setLanguage(language))}
            />
            <span lang={language}>{t(`languages.${language}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="setting">
        <legend>{t('settings.theme')}</legend>
        <p className="hint">{t('settings.themeHelp')}</p>
        {THEMES.map((theme) => (
          <label key={theme} className="choice">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => void apply(() => settings.setTheme(theme))}
            />
            <span>{t(`themes.${theme}`)}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="saved-status">
        {saved ? t('settings.saved') : ''}
      </p>
      {settings.lastError ? <ErrorState error={settings.lastError} /> : null}
      <section className="setting about">
        <h2>{t('settings.about')}</h2>
        {settings.info ? <p>{t('settings.version', { version: settings.info.version, platform: settings.info.platform })}</p> : null}
        <p>{t('settings.offline')}</p>
      </section>
    </div>
  );
}
