import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Dates and numbers follow the UI language; Indonesian uses the id-ID conventions. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

export default i18next;
