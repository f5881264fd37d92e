import { localeFor } from '../../i18n';

/** A pack's YYYY-MM-DD date in the UI's language ("3 Desember 2026"); '' when not set. */
export function formatPackDate(date: string, language: string): string {
  if (!date) return '';
  return new Date(`${date}T00:00:00`).toLocaleDateString(localeFor(language), { day: 'numeric', month: 'long', year: 'numeric' });
}
