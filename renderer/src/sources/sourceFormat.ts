/**
 * How sources' facts read on screen: dates and durations in the UI language's conventions
 * (id-ID for Indonesian), a problem as `file:line`, and a message the host gave in both languages.
 */
import type { LocalizedDetail } from '../../../core/errors';
import type { SourceProblem } from '../../../core/sources/types';
import { localeFor } from '../i18n';

export function formatIndexedAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "45 detik", "3 menit", "1 jam 20 menit": rounded up, because "0 menit" would be wrong while work is left. */
export function formatTimeLeft(ms: number, language: string): string {
  const locale = localeFor(language);
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** `sop/ktp.md:12`, or the file alone when the reason has no line. */
export function problemLocation(problem: SourceProblem): string {
  return problem.line ? `${problem.file}:${problem.line}` : problem.file;
}

export function localized(detail: LocalizedDetail, language: string): string {
  return language === 'en' ? detail.en : detail.id;
}

/** The file's absolute location, for a message when the host cannot show it itself. */
export function joinRoot(root: string | null, file?: string): string {
  if (!root) return file ?? '';
  if (!file) return root;
  const separator = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  return `${root.replace(/[\\/]+$/, '')}${separator}${separator === '\\' ? file.replace(/\//g, '\\') : file}`;
}
