/**
 * Compounds that people write both open and closed: "tanda tangan" beside "ditandatangani" and
 * "penandatanganan", "serah terima" beside "diserahterimakan". Indonesian writes a compound open
 * until a confix wraps it (di-…-i, pe-…-an, me-…-kan), then closed; users type either form.
 *
 * The pairs are not written by hand: tests/support/findCompounds.ts finds them in a word list (the
 * vocabulary of the bundled library and of the relevance fixtures): a stem that splits into two
 * words of the list and is met wrapped in a confix. The committed list (data/compounds.ts) is
 * checked against what it finds (tests/unit/search/indonesianCompounds.test.ts). Two-word sides of
 * the spelling-variant map ("umpan balik" for feedback) are recognised the same way, keyed by their
 * words written together ("umpanbalik").
 *
 * Index and query both ways, on stems (so "bertanggung jawab" is seen as tanggung + jawab):
 * - an open compound in a text adds its closed stem, positioned over both words; the second word
 *   may be a stop word ("kerja sama"), which is why this runs before stop words are removed;
 * - a closed compound is stemmed like any word ("ditandatangani" → "tandatangan");
 * - in a query, an open compound's words each also accept the closed stem, so a document that
 *   only writes "ditandatangani" holds "tanda tangan"; when the second word is a stop word
 *   ("kerja sama") the first word stands for the compound alone.
 */
import { COMPOUND_LIST } from './data/compounds';
import { SPELLING_VARIANT_PAIRS } from './data/spellingVariants';
import { stemIndonesian } from './stemmer';

export interface Compound {
  /** The closed form, the term every form of the compound carries: "tandatangan". */
  readonly closed: string;
  readonly first: string;
  readonly second: string;
}

/** The key a two-word phrase is indexed under: its words written together. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s-]+/g, '');
}

/** Two-word sides of the spelling-variant map, recognised like open compounds. */
export const VARIANT_PHRASE_KEYS: readonly string[] = SPELLING_VARIANT_PAIRS.flatMap((pair) =>
  pair.filter((side) => /\s/.test(side)).map(phraseKey),
);

function allCompounds(): Compound[] {
  const found: Compound[] = COMPOUND_LIST.map(([closed, first, second]) => ({ closed, first, second }));
  for (const pair of SPELLING_VARIANT_PAIRS) {
    for (const side of pair) {
      const words = side.split(/\s+/);
      if (words.length === 2) found.push({ closed: phraseKey(side), first: words[0]!, second: words[1]! });
    }
  }
  return found;
}

let byFirst: Map<string, Compound[]> | undefined;
let byClosed: Map<string, Compound> | undefined;

/** The compound whose closed form is `closed` ("tandatangan"), if any. */
export function compoundOf(closed: string): Compound | undefined {
  byClosed ??= new Map(allCompounds().map((c) => [c.closed, c]));
  return byClosed.get(closed);
}

/** Built on first use: the stemmer is needed to read the phrases' words. */
function compoundsByFirstStem(): Map<string, Compound[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const compound of allCompounds()) {
    for (const first of new Set([compound.first, stemIndonesian(compound.first)])) {
      const list = byFirst.get(first) ?? [];
      if (!list.some((c) => c.closed === compound.closed)) list.push(compound);
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

/**
 * The compound written open at `position` of a stream of surface terms (stop words still in), if
 * any: the stem of the term there and of the next are its two words.
 */
export function openCompoundAt(terms: readonly string[], position: number): Compound | undefined {
  const here = terms[position];
  const next = terms[position + 1];
  if (here === undefined || next === undefined) return undefined;
  const candidates = compoundsByFirstStem().get(stemIndonesian(here)) ?? compoundsByFirstStem().get(here);
  if (candidates === undefined) return undefined;
  const nextStem = stemIndonesian(next);
  return candidates.find((c) => c.second === next || c.second === nextStem || stemIndonesian(c.second) === nextStem);
}
