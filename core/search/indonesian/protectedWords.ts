/**
 * Words the stemmer must leave alone, and words whose root the rules cannot find.
 *
 * Both lists are the project's own, kept small and built from the vocabulary of public-service
 * innovation writing; each entry says why it is here. (Elasticsearch calls the first kind
 * "keyword marker" words; Lucene's rule-based stemmer has no second kind, which is where its known
 * failures come from: memukul → "ukul", pemerintah → "erintah", kependudukan → "nduduk".)
 */
import { ABBREVIATION_TERMS } from './abbreviations';
import { CLOSED_COMPOUND_WORDS } from './data/compounds';
import { SPELLING_VARIANT_PAIRS } from './data/spellingVariants';

/** Two-word variant sides are indexed under their words written together ("umpanbalik"; compounds.ts). */
const VARIANT_PHRASE_KEYS = SPELLING_VARIANT_PAIRS.flat()
  .filter((side) => /\s/.test(side))
  .map((side) => side.toLowerCase().replace(/[\s-]+/g, ''));

/**
 * Domain terms that are indexed exactly as written. Most are loanwords whose letters look like
 * Indonesian affixes: "pentahelix" would lose "pen-", "digitalisasi" and "difabel" would lose
 * "di-". The abbreviations (KIPP, JIPPNas, OPD, SDGs, Disdukcapil, ...) come from abbreviations.ts.
 */
const DOMAIN_TERMS = [
  'pentahelix', // the five-party collaboration model; "pen-" is not a prefix here
  'inovasi', // the library's central term; kept apart from "inovatif" on purpose
  'inovatif', // an adjective users search for as such; no "-if" suffix rule exists anyway
  'replikasi', // replication of an innovation elsewhere
  'digitalisasi', // "di-" is not a prefix here
  'digital', // idem
  'difabel', // idem
  'disabilitas', // idem
  'akademisi', // pentahelix party; "-si" must stay
  'masyarakat', // memasyarakatkan → masyarakat, never "pasyarakat"
  'pemilu', // "pemilihan umum": pem- + ilu would be wrong
  'ombudsman', // would lose a final "-an"
] as const;

/** Everything the stemmer returns unchanged: domain terms, every abbreviation term, closed compounds. */
export const PROTECTED_WORDS: ReadonlySet<string> = new Set<string>([
  ...DOMAIN_TERMS,
  ...ABBREVIATION_TERMS,
  ...CLOSED_COMPOUND_WORDS,
  ...VARIANT_PHRASE_KEYS,
]);

/**
 * Root exceptions: word → root, for forms the rules get wrong even with the disambiguation roots
 * in knownRoots.ts. Checked on the whole word and again after each step of stripping, so
 * "kinerjanya" reaches "kerja" too.
 */
export const ROOT_EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([
  ['kinerja', 'kerja'], // infix -in- (Sastrawi's test word); no rule strips infixes
  ['peranan', 'peran'], // per-/pe- + vowel would be tried before -an and leave "anan"
  ['wewenang', 'wenang'], // reduplicated first syllable (berwenang, kewenangan)
]);
