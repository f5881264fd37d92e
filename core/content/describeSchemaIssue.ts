/** zod's issues, said in Indonesian for the content report. */
import type { z } from 'zod';

export function describeSchemaIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = issue.path.map(String).join('.');
  const value = issue.path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined),
    data,
  );
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `kunci wajib "${where}" tidak ada`
        : `"${where}" harus berjenis ${issue.expected}, bukan ${Array.isArray(value) ? 'daftar' : typeof value}`;
    case 'invalid_value':
      return `nilai ${JSON.stringify(value)} tidak dikenal untuk "${where}"; pilihan: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal${where ? ` di "${where}"` : ''}: ${issue.keys.join(', ')}`;
    case 'too_small':
      return `"${where}" terlalu pendek atau kecil (minimal ${String(issue.minimum)})`;
    case 'too_big':
      return `"${where}" terlalu panjang atau besar (maksimal ${String(issue.maximum)})`;
    case 'invalid_format':
      return `"${where}" tidak sesuai format: ${issue.message}`;
    default:
      return `${where ? `"${where}": ` : ''}${issue.message}`;
  }
}
