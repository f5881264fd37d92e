/**
 * Dates as people in Indonesia write them: day first, dd/mm/yyyy (also with - or .), or with the
 * month named ("3 Desember 2026", "3 Des 2026", "3 December 2026"); an ISO date (2026-12-03) pasted
 * from elsewhere is understood too. Shown back as dd/mm/yyyy in both UI languages (en-GB also puts
 * the day first) and, in words, with the month named in the UI language.
 */
import { localeFor } from '../i18n/format';

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: 'format' | 'calendar' };

const pad = (n: number) => String(n).padStart(2, '0');

/** Month names (long and short, Indonesian and English, lower case) to month numbers. */
const MONTHS: Map<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of ['id-ID', 'en-GB']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) names.set(format.format(Date.UTC(2026, m - 1, 1)).toLowerCase().replace(/\.$/, ''), m);
    }
  }
  names.set('agu', 8); // a common short form of Agustus beside Intl's "Agu"/"Agt"
  names.set('agt', 8);
  names.set('sept', 9);
  return names;
})();

function checked(year: number, month: number, day: number): ParsedDate {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return { ok: false, reason: month > 12 || day < 1 ? 'calendar' : 'format' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return { ok: false, reason: 'calendar' };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** Reads what the user typed; an empty field is a valid "no date" (iso ''). */
export function parseDateText(text: string): ParsedDate {
  const value = text.trim().toLowerCase();
  if (!value) return { ok: true, iso: '' };
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(value);
  if (m) {
    const month = MONTHS.get(m[2]!);
    return month ? checked(Number(m[3]), month, Number(m[1])) : { ok: false, reason: 'format' };
  }
  return { ok: false, reason: 'format' };
}

/** 2026-12-03 → 03/12/2026 ('' stays ''). */
export function formatDateNumeric(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** 2026-12-03 → "Kamis, 3 Desember 2026" (id) or "Thursday 3 December 2026" (en). */
export function formatDateLong(iso: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return new Intl.DateTimeFormat(localeFor(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
