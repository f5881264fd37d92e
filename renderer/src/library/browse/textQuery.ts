/**
 * Jelajahi's own search box: words, not a ranked search. A card matches when every word typed
 * occurs in its title, summary, agency, region, tags or award, ignoring case and accents
 * ("sekolah" finds "Sekolah", "poso" finds "Posō"). Ranked full-text search stays on /cari.
 */
import type { DocumentSummary } from '../../../../core/content/types';

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, folded; empty when nothing was typed. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The folded text a card is matched against, built once per document. */
export function cardText(doc: DocumentSummary): string {
  const parts = [doc.title, doc.summary, doc.tags.join(' ')];
  if (doc.type === 'practice') parts.push(doc.agency, doc.region.province, doc.region.regency ?? '', doc.award ?? '');
  return foldText(parts.join('\n'));
}

export function textMatches(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

export function matchesWords(doc: DocumentSummary, words: readonly string[]): boolean {
  return words.length === 0 || textMatches(cardText(doc), words);
}
