/**
 * Query-time synonyms: a query word also searches the other words of its concept group
 * (data/synonyms.ts), with a lower weight than the words typed, and the response lists them so the
 * page can say "juga mencari: …". Never applied at index time: the library keeps its own words.
 */
import { SYNONYM_GROUPS } from './data/synonyms';
import { stemIndonesian } from './stemmer';

/** How much a synonym's match counts beside a word typed (the engine multiplies its weights). */
export const SYNONYM_WEIGHT = 0.4;

export interface Synonym {
  /** The stem to look up. */
  readonly term: string;
  /** The word as the thesaurus writes it, for "juga mencari: …". */
  readonly word: string;
}

let byStem: Map<string, Synonym[]> | undefined;

function synonymsByStem(): Map<string, Synonym[]> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const group of SYNONYM_GROUPS) {
    const members = group.map((word) => ({ word, term: stemIndonesian(word) }));
    for (const member of members) {
      const list = byStem.get(member.term) ?? [];
      for (const other of members) {
        if (other.term !== member.term && !list.some((s) => s.term === other.term)) list.push(other);
      }
      byStem.set(member.term, list);
    }
  }
  return byStem;
}

/** The synonyms of a query word, given as typed or as its stem. */
export function synonymsOf(word: string): readonly Synonym[] {
  const map = synonymsByStem();
  return map.get(stemIndonesian(word)) ?? map.get(word) ?? [];
}
