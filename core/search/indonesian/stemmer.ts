/**
 * Indonesian stemmer: confix stripping without a dictionary.
 *
 * Written for this project from the published descriptions of:
 * - F. Z. Tala, "A Study of Stemming Effects on Information Retrieval in Bahasa Indonesia" (ILLC,
 *   Universiteit van Amsterdam, MoL-2003-02): the rule order, the prefix flags and the
 *   syllable (vowel-count) guard;
 * - Apache Lucene's IndonesianStemmer (Apache-2.0), which implements Tala, and the Snowball
 *   Indonesian stemmer (BSD), which departs from it in documented places (mem-/pem- + vowel → p,
 *   -kan blocked after per-, bel-/pel- + ajar);
 * - M. Adriani, J. Asian, B. Nazief, S. M. M. Tahaghoghi, H. E. Williams, "Stemming Indonesian: A
 *   Confix-Stripping Approach" (ACM TALIP 2007), and Sastrawi's Enhanced Confix Stripping rules
 *   (MIT; its dictionary is NOT used): the sound-change readings of the nasal prefixes, the
 *   reduplication rule, and the idea of checking candidate roots after every step.
 * No code was copied from any of them.
 *
 * Algorithm (input: one lower-case term, as produced by tokenizer.ts; rules in confixRules.ts):
 * 1. Terms with digits or letters outside a–z and protected words come back unchanged; root
 *    exceptions come back as their listed root. Hyphenated terms: see `stemHyphenated`.
 * 2. V = number of vowels (a e i o u). Every step below runs only while V > 2 (Tala's guard).
 * 3. Particle -kah, -lah, -pun; then possessive -ku, -mu, -nya.
 * 4. First-order prefix (sets a flag): meng-, meny-, men-, mem-, me-; peng-, peny-, pen-, pem-;
 *    di-; ter-; ke-. If one was removed: a suffix, and only if a suffix was removed, a second-order
 *    prefix. Otherwise: a second-order prefix, then a suffix.
 * 5. Second-order prefix: ber- (be- before C+er: bekerja → kerja; bel- before ajar), per- (pel-
 *    before ajar), peN- (reachable only after another prefix: kependudukan → duduk), pe-.
 * 6. Suffix: -kan unless ke-/peN-/pe- was removed (after per-, -an is preferred: perbaikan → baik);
 *    -an unless di-/meN-/ter- was removed; -i unless ber-/ke-/peN- was removed.
 * 7. One extra prefix if a prefix was already removed and V > 2 still, in the combinations Indonesian
 *    has (see `removeExtraPrefix`): berkelanjutan → kelanjut → lanjut, memperoleh → peroleh → oleh,
 *    keterbukaan → terbuka → buka.
 *
 * Ambiguity. Where a rule has several readings, every reading is followed (default first):
 * - meng+vowel: vowel (mengambil → ambil) | k (mengirim → kirim); menge- before a one-syllable
 *   root is dropped whole (mengebom → bom, pengecekan → cek); same for peng-.
 * - meny+vowel: s (menyapu → sapu) | ny (menyatakan → nyata); same for peny-.
 * - mem+vowel: p (memukul → pukul) | m (memiliki → milik); pem+r: p restored (pemrosesan →
 *   proses); same for mem-.
 * - men+vowel: t (menulis → tulis) | n (menilai → nilai); same for pen-.
 * - ber+vowel, per+vowel, ter+vowel: drop the prefix | keep the r (perencanaan → rencana).
 * - A final particle or possessive, a -kan after a vowel, an -i after s may belong to the root:
 *   strip | keep (berlaku → laku, masukan → masuk, inovasi stays, membatasi → batas).
 * - Any prefix may be part of the root: strip | keep (diskusikan → diskusi, terapkan → terap).
 * The first reading that reaches a known root (knownRoots.ts), protected word or root exception
 * wins, and reaching one stops further stripping at once (pemerintahan → perintah, not "intah");
 * otherwise the all-default reading wins, as in Lucene. This replaces Sastrawi's dictionary with a
 * short, project-owned list.
 *
 * Deliberate departures from Lucene: me- alone is removed only before l, r, w, y (the only letters
 * it stands before), so "media", "metode", "mekanisme" keep their "me"; di-, ke- and plain pe- are
 * not removed before a consonant cluster a root cannot start with ("diskusi", "kembali",
 * "kendala", "pestisida"); mem-/pem- + vowel read p (Snowball); men-/pen- + vowel read t
 * (Sastrawi's default; Lucene and Snowball drop "men" and leave "ulis"); the extra prefix of step 7;
 * the alternative readings and the known-root list.
 */
import {
  each,
  orKeep,
  reading,
  removeExtraPrefix,
  removeFirstOrderPrefix,
  removeParticle,
  removePossessive,
  removeSecondOrderPrefix,
  removeSuffix,
  type Reading,
} from './confixRules';
import { ONE_SYLLABLE_ROOTS } from './knownRoots';
import { PROTECTED_WORDS } from './protectedWords';

/** di-/ber-/ter-/per-/se- straight onto a one-syllable root: dicek → cek, berhak → hak, perbankan → bank. */
const SHORT_PREFIX = /^(di|ber|ter|per|se)/;
const SHORT_SUFFIXES = ['', 'kan', 'an', 'nya', 'lah'];

function oneSyllableRootOf(word: string): string | undefined {
  const prefix = SHORT_PREFIX.exec(word)?.[0];
  if (prefix === undefined || word.length > prefix.length + 8) return undefined;
  for (const suffix of SHORT_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const core = word.slice(prefix.length, word.length - suffix.length);
    if (ONE_SYLLABLE_ROOTS.has(core)) return core;
  }
  return undefined;
}

const PLAIN_WORD = /^[a-z]+$/;
const HYPHENATED_WORD = /^[a-z]+(-[a-z]+)+$/;
const CLITICS = new Set(['ku', 'mu', 'nya', 'lah', 'kah', 'pun']);

/** Second-order prefix (with "not a prefix" as the last reading), then a suffix. */
function removeSecondOrderThenSuffix(r: Reading): Reading[] {
  return each(orKeep(removeSecondOrderPrefix(r), r), (a) => {
    const suffixed = removeSuffix(a);
    return suffixed.length > 0 ? suffixed : [a];
  });
}

function removeDerivationalAffixes(r: Reading): Reading[] {
  const afterFirst = removeFirstOrderPrefix(r);
  const derived = each(afterFirst, (a) => {
    const suffixed = removeSuffix(a);
    if (suffixed.length === 0) return [a];
    return each(suffixed, (b) => orKeep(removeSecondOrderPrefix(b), b));
  });
  // Reading the start as no first-order prefix at all comes last (Tala's "otherwise" branch).
  derived.push(...removeSecondOrderThenSuffix(r));
  return each(derived, removeExtraPrefix);
}

function stemPlainWord(word: string): string {
  const start = reading(word);
  if (start.settled) return start.word;
  const short = oneSyllableRootOf(word);
  if (short !== undefined) return short;
  let readings = each([start], removeParticle);
  readings = each(readings, removePossessive);
  readings = each(readings, removeDerivationalAffixes);
  const settled = readings.find((r) => r.settled);
  return (settled ?? readings[0] ?? start).word;
}

/**
 * Reduplication (Sastrawi's rule): split at the last hyphen, stem both halves; if the stems agree,
 * that is the stem ("buku-bukunya" → buku, "berbalas-balasan" → balas). When the left half carries
 * meN- and the right half repeats the nasalised base ("meniru-nirukan"), the right half is tried
 * again with "me" in front. Otherwise the word is a compound and stays whole ("bolak-balik").
 */
function stemHyphenated(word: string): string {
  let cut = word.lastIndexOf('-');
  let left = word.slice(0, cut);
  let right = word.slice(cut + 1);
  if (CLITICS.has(right) && left.includes('-')) {
    // "buku-buku-nya": the clitic belongs to the last repeated part.
    cut = left.lastIndexOf('-');
    right = left.slice(cut + 1) + right;
    left = left.slice(0, cut);
  }
  const leftStem = stemIndonesian(left);
  if (leftStem === stemIndonesian(right)) return leftStem;
  if (left.startsWith('me') && leftStem === stemIndonesian(`me${right}`)) return leftStem;
  return word;
}

/** True for hyphenated terms the stemmer reads as reduplication ("inovasi-inovasi", "buku-bukunya"). */
export function isReduplication(term: string): boolean {
  return HYPHENATED_WORD.test(term) && !stemIndonesian(term).includes('-');
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * Stems one lower-case Indonesian term; see the algorithm at the top of this file. Terms with
 * digits or letters outside a–z, protected words and abbreviations come back unchanged.
 */
export function stemIndonesian(term: string): string {
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  let stem = term;
  if (PROTECTED_WORDS.has(term)) stem = term;
  else if (HYPHENATED_WORD.test(term)) stem = stemHyphenated(term);
  else if (PLAIN_WORD.test(term)) stem = stemPlainWord(term);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(term, stem);
  return stem;
}
