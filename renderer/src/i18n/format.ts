/**
 * Dates and numbers follow the UI language, one format everywhere: Indonesian uses id-ID (2.549
 * and 1,5), English en-GB (2,549 and 1.5); never a raw 2549.
 */

export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, language: string): string {
  const locale = localeFor(language);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(n);
}
