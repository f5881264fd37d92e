/**
 * Spelling variants, applied at index and at query time: wherever a typed spelling occurs (a text
 * that writes "praktek", "upload"), its standard spelling is added ("praktik", "unggah"), in the
 * text and in the query alike. Either spelling typed thus finds both kinds of text, without
 * adding every non-standard spelling to every standard word of the library. The pairs and their
 * sources are in data/spellingVariants.ts.
 *
 * Variants are matched on stems, so affixed forms follow ("dipraktekkan" → praktik, "mengupload"
 * → unggah). A two-word side ("umpan balik") is matched as a phrase by compounds.ts and stands
 * here as its key ("umpanbalik").
 */
import { phraseKey } from './compounds';
import { SPELLING_VARIANT_PAIRS } from './data/spellingVariants';
import { stemIndonesian } from './stemmer';

let byStem: Map<string, string[]> | undefined;

function keyOf(side: string): string {
  return /\s/.test(side) ? phraseKey(side) : stemIndonesian(side);
}

function variantsByStem(): Map<string, string[]> {
  if (byStem) return byStem;
  byStem = new Map();
  const link = (from: string, to: string) => {
    if (from === to) return;
    const list = byStem!.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    byStem!.set(from, list);
  };
  for (const [typed, standard] of SPELLING_VARIANT_PAIRS) {
    const a = keyOf(typed);
    const b = keyOf(standard);
    link(a, b);
  }
  return byStem;
}

/** The stem (or phrase key) of the standard spelling of a typed variant, given the term or its stem. */
export function spellingVariantsOf(term: string): readonly string[] {
  const known = memo.get(term);
  if (known !== undefined) return known;
  const map = variantsByStem();
  const found = map.get(term) ?? map.get(stemIndonesian(term)) ?? NONE;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(term, found);
  return found;
}

const NONE: readonly string[] = [];
const MEMO_LIMIT = 50_000;
/** Per term: the index asks once per token, and most tokens repeat. */
const memo = new Map<string, readonly string[]>();

/** Every pair, for tests and for the UI's help text. */
export const SPELLING_VARIANT_COUNT = SPELLING_VARIANT_PAIRS.length;

let allWords: Set<string> | undefined;

/** True for a word written on either side of the variant map (both spellings are words people use). */
export function isSpellingVariantWord(word: string): boolean {
  allWords ??= new Set(SPELLING_VARIANT_PAIRS.flat().filter((side) => !/\s/.test(side)));
  return allWords.has(word);
}
