/**
 * zod's validation issues said in the app's two languages, without zod's own English texts: a
 * refusal the user can see is wholly in the UI language. Keys and paths from the input are cut, so
 * a huge key is named, not echoed.
 */
import type { z } from 'zod';
import type { Language } from './errors';

export type LocalizedText = Record<Language, string>;

/** Longest piece of the user's own input (a key, a path segment) a message repeats. */
export const ECHO_LIMIT = 80;

export function cutEcho(text: string, limit = ECHO_LIMIT): string {
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text;
}

/** A refinement's own message in both languages: `ctx.addIssue({ code: 'custom', params: bilingual(...) })`. */
export function bilingual(id: string, en: string): { messages: LocalizedText } {
  return { messages: { id, en } };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'nilai ya/tidak', en: 'true or false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  tuple: { id: 'daftar', en: 'a list' },
  record: { id: 'objek', en: 'an object' },
  date: { id: 'tanggal', en: 'a date' },
  null: { id: 'kosong (null)', en: 'null' },
  undefined: { id: 'tidak diisi', en: 'left out' },
};

const UNITS: Record<string, LocalizedText> = {
  string: { id: 'karakter', en: 'characters' },
  array: { id: 'butir', en: 'items' },
  set: { id: 'butir', en: 'items' },
  file: { id: 'bita', en: 'bytes' },
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((v) => cutEcho(String(v), 40));
  return values.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function limitText(kind: 'max' | 'min', issue: { origin: string; exact?: boolean }, bound: number | bigint): LocalizedText {
  const unit = UNITS[issue.origin];
  const n = String(bound);
  if (issue.exact) return unit ? { id: `harus tepat ${n} ${unit.id}`, en: `must be exactly ${n} ${unit.en}` } : { id: `harus tepat ${n}`, en: `must be exactly ${n}` };
  if (kind === 'max') return unit ? { id: `paling banyak ${n} ${unit.id}`, en: `at most ${n} ${unit.en}` } : { id: `paling besar ${n}`, en: `at most ${n}` };
  if (issue.origin === 'string' && Number(bound) === 1) return { id: 'tidak boleh kosong', en: 'must not be empty' };
  return unit ? { id: `paling sedikit ${n} ${unit.id}`, en: `at least ${n} ${unit.en}` } : { id: `paling kecil ${n}`, en: `at least ${n}` };
}

/** One issue in both languages, without its path. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { id: 'wajib diisi', en: 'is required' };
      const type = TYPE_NAMES[issue.expected] ?? { id: 'nilai lain', en: 'another kind of value' };
      return { id: `harus berupa ${type.id}`, en: `must be ${type.en}` };
    }
    case 'invalid_value':
      if (issue.path.length && valueAt(input, issue.path) === undefined) {
        return { id: `wajib diisi (pilihan: ${listValues(issue.values)})`, en: `is required (choices: ${listValues(issue.values)})` };
      }
      return issue.values.length === 1
        ? { id: `harus bernilai ${listValues(issue.values)}`, en: `must be ${listValues(issue.values)}` }
        : { id: `harus salah satu dari: ${listValues(issue.values)}`, en: `must be one of: ${listValues(issue.values)}` };
    case 'too_big':
      return limitText('max', issue, issue.maximum);
    case 'too_small':
      return limitText('min', issue, issue.minimum);
    case 'invalid_format':
      return { id: 'formatnya tidak sesuai', en: 'has the wrong format' };
    case 'not_multiple_of':
      return { id: `harus kelipatan ${issue.divisor}`, en: `must be a multiple of ${issue.divisor}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 3).map((key) => `"${cutEcho(key)}"`);
      const more = issue.keys.length > 3 ? { id: ` dan ${issue.keys.length - 3} lainnya`, en: ` and ${issue.keys.length - 3} more` } : { id: '', en: '' };
      return { id: `kunci tidak dikenal: ${keys.join(', ')}${more.id}`, en: `unknown key${issue.keys.length > 1 ? 's' : ''}: ${keys.join(', ')}${more.en}` };
    }
    case 'invalid_union':
      return { id: 'bentuknya tidak sesuai dengan pilihan mana pun', en: 'does not match any accepted form' };
    case 'invalid_key':
      return { id: 'berisi kunci yang tidak valid', en: 'contains an invalid key' };
    case 'invalid_element':
      return { id: 'berisi butir yang tidak valid', en: 'contains an invalid item' };
    case 'custom': {
      const messages = (issue.params as { messages?: Partial<LocalizedText> } | undefined)?.messages;
      if (messages?.id && messages.en) return { id: messages.id, en: messages.en };
      return { id: 'tidak valid', en: 'is not valid' };
    }
    default:
      return { id: 'tidak valid', en: 'is not valid' };
  }
}

export function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => cutEcho(String(key), 40)).join('.');
}

/** Names a place in the input for people; by default the dotted path ("pack.items.0.docId"). */
export type DescribeWhere = (path: readonly PropertyKey[]) => LocalizedText;

const dottedPath: DescribeWhere = (path) => ({ id: describePath(path), en: describePath(path) });

/** Up to `max` issues, each "where: what is wrong", in both languages. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown, max = 3, where: DescribeWhere = dottedPath): LocalizedText {
  const parts = issues.slice(0, max).map((issue) => {
    const place = issue.path.length ? where(issue.path) : null;
    const text = describeIssue(issue, input);
    return { id: (place ? `${place.id}: ` : '') + text.id, en: (place ? `${place.en}: ` : '') + text.en };
  });
  const more = issues.length > max ? { id: ` (dan ${issues.length - max} masalah lain)`, en: ` (and ${issues.length - max} more problems)` } : { id: '', en: '' };
  return { id: parts.map((p) => p.id).join('; ') + more.id, en: parts.map((p) => p.en).join('; ') + more.en };
}
