/**
 * One number format everywhere: the UI language's own (Indonesian 2.549 and 1,5; English 2,549
 * and 1.5), never a raw 2549.
 */
import { localeFor } from './index';

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, language: string): string {
  const locale = localeFor(language);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(n);
}
