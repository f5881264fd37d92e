import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { formatNumber, localeFor } from './format';
import { id } from './id';

export { localeFor };

export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  fallbackLng: 'id',
  // Every number put into a sentence is written the language's way (2.549 in Indonesian, 2,549 in English).
  interpolation: { escapeValue: false, alwaysFormat: true, format: (value: unknown, _format?: string, lng?: string) => (typeof value === 'number' ? formatNumber(value, lng ?? 'id') : (value as string)) },
  returnNull: false,
});

export default i18next;
