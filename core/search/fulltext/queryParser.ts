/**
 * Reads what a user typed: free words, "quoted phrases" and field filters
 * (`sektor:kesehatan wilayah:"jawa timur" tahun:2019-2021 jenis:panduan status:vakum`).
 * A word that only looks like a filter (`catatan:`, an unknown field) stays a word.
 */
import type { DocumentType } from '../../content/schema';
import { foldDiacritics } from '../indonesian';
import type { ParsedQuery, QueryFilters } from '../types';

const TYPE_WORDS: Record<string, DocumentType> = {
  praktik: 'practice', practice: 'practice', profil: 'practice',
  seminar: 'seminar', materi: 'seminar',
  panduan: 'guide', guide: 'guide',
  glosarium: 'glossary', glossary: 'glossary', istilah: 'glossary',
  dokumen: 'dokumen', document: 'dokumen',
};

const TOKEN = /(\w+):("([^"]*)"|\S+)|"([^"]*)"|(\S+)/g;

/** Lower-case, accents folded, hyphens as spaces: how filter values are compared. */
export function normaliseValue(value: string): string {
  return foldDiacritics(value.toLowerCase()).replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function addYears(filters: QueryFilters, value: string): boolean {
  const range = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
  if (!range) return false;
  const from = Number(range[1]);
  const to = Number(range[2] ?? range[1]);
  const years = filters.year ?? [];
  for (let y = Math.min(from, to); y <= Math.max(from, to) && years.length < 200; y++) years.push(y);
  filters.year = years;
  return true;
}

export function parseQuery(text: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[] = [];
  const filters: QueryFilters = {};
  for (const match of text.matchAll(TOKEN)) {
    const [whole, field, rawValue, quoted, phrase, word] = match;
    if (phrase !== undefined) {
      if (phrase.trim()) phrases.push(phrase.trim());
      continue;
    }
    if (word !== undefined) {
      words.push(word);
      continue;
    }
    const value = normaliseValue(quoted ?? rawValue ?? '');
    const key = (field ?? '').toLowerCase();
    let used = value.length > 0;
    if (used && key === 'sektor') (filters.sector ??= []).push(value.replace(/ /g, '-'));
    else if (used && key === 'wilayah') (filters.region ??= []).push(value);
    else if (used && key === 'tahun') used = addYears(filters, (quoted ?? rawValue ?? '').trim());
    else if (used && key === 'jenis' && TYPE_WORDS[value]) (filters.type ??= []).push(TYPE_WORDS[value]!);
    else if (used && key === 'status' && (value === 'berlanjut' || value === 'vakum')) (filters.status ??= []).push(value);
    else used = false;
    if (!used) words.push(whole.replace(/"/g, ''));
  }
  return { text, words, phrases, filters };
}

export function hasFilters(filters: QueryFilters): boolean {
  return Object.values(filters).some((list) => Array.isArray(list) && list.length > 0);
}
