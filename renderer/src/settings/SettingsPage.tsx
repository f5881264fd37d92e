import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemePreference, UiLanguage } from '../../../core/api';
import { ErrorState } from '../components/StatusMessage';
import { BackupsSection } from '../notes/BackupsSection';
import { SourcesSummary } from '../sources/SourcesSummary';
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
      <ChoiceGroup
        name="language"
        legend={t('settings.language')}
        hint={t('settings.languageHelp')}
        options={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`), lang: value }))}
        value={settings.language}
        onChange={(language) => void apply(() => settings.setLanguage(language))}
      />
      <ChoiceGroup
        name="theme"
        legend={t('settings.theme')}
        hint={t('settings.themeHelp')}
        options={THEMES.map((value) => ({ value, label: t(`themes.${value}`) }))}
        value={settings.theme}
        onChange={(theme) => void apply(() => settings.setTheme(theme))}
      />
      <p role="status" className="saved-status">
        {saved ? t('settings.saved') : ''}
      </p>
      {settings.lastError ? <ErrorState error={settings.lastError} /> : null}
      <SourcesSummary />
      <BackupsSection />
      <section className="setting about">
        <h2>{t('settings.about')}</h2>
        {settings.info ? <p>{t('settings.version', { version: settings.info.version, platform: settings.info.platform })}</p> : null}
        <p>{t('settings.offline')}</p>
      </section>
    </div>
  );
}

interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  hint: string;
  options: { value: T; label: string; lang?: string }[];
  value: T;
  onChange(value: T): void;
}

/** A set of radio buttons in a fieldset: one saved choice. */
function ChoiceGroup<T extends string>({ name, legend, hint, options, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="setting">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span lang={option.lang}>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
