/**
 * The affix rules of the Indonesian stemmer (see stemmer.ts for the algorithm, its sources and
 * where it departs from them). Each rule takes one reading of a word and returns the readings it
 * allows, the default first; [] means the rule does not apply. Written for this project from the
 * published descriptions of Tala (2003), Lucene, Snowball and Sastrawi; no code was copied.
 */
import { KNOWN_ROOTS } from './knownRoots';
import { PROTECTED_WORDS, ROOT_EXCEPTIONS } from './protectedWords';

const REMOVED_KE = 1;
const REMOVED_PENG = 2;
const REMOVED_DI = 4;
const REMOVED_MENG = 8;
const REMOVED_TER = 16;
const REMOVED_BER = 32;
const REMOVED_PE = 64;
const REMOVED_PER = 128;
const REMOVED_SE = 256;

/** One way of reading the word so far. */
export interface Reading {
  readonly word: string;
  readonly vowels: number;
  readonly flags: number;
  readonly prefixes: number;
  /** Reached a known root, protected word or root exception: nothing more is stripped. */
  readonly settled: boolean;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LOANWORD_KON = /^o[nm][^aeiouy]/;

/** Consonant pairs a root may begin with (native ng/ny/sy/kh, loanword stop + r/l). */
const ROOT_ONSETS = /^(ng|ny|sy|kh|[bcdfgkpt][rl])/;

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

function countVowels(word: string): number {
  let n = 0;
  for (const ch of word) if (VOWELS.has(ch)) n++;
  return n;
}

/** Whether a remainder can begin a root: a vowel, one consonant then a vowel, or a known onset. */
function startsLikeRoot(rest: string): boolean {
  return isVowel(rest[0]) || isVowel(rest[1]) || ROOT_ONSETS.test(rest);
}

export function reading(word: string, flags = 0, prefixes = 0): Reading {
  const exception = ROOT_EXCEPTIONS.get(word);
  const settledWord = exception ?? word;
  const settled = exception !== undefined || KNOWN_ROOTS.has(word) || PROTECTED_WORDS.has(word);
  return { word: settledWord, vowels: countVowels(settledWord), flags, prefixes, settled };
}

function canStrip(r: Reading): boolean {
  return !r.settled && r.vowels > 2;
}

/** A reading with a prefix removed; `replacement` restores a letter the nasal swallowed. */
function withoutPrefix(r: Reading, length: number, flag: number, replacement = ''): Reading {
  return reading(replacement + r.word.slice(length), r.flags | flag, r.prefixes + 1);
}

function withoutSuffix(r: Reading, length: number): Reading {
  return reading(r.word.slice(0, r.word.length - length), r.flags, r.prefixes);
}

/** The alternatives, then "nothing removed" as the least preferred reading. */
export function orKeep(alternatives: Reading[], r: Reading): Reading[] {
  return [...alternatives, r];
}

/** Runs `step` on every reading that may still be stripped; keeps the others as they are. */
export function each(readings: Reading[], step: (r: Reading) => Reading[]): Reading[] {
  return readings.flatMap((r) => (canStrip(r) ? step(r) : [r]));
}

export function removeParticle(r: Reading): Reading[] {
  const w = r.word;
  if (w.endsWith('kah') || w.endsWith('lah') || w.endsWith('pun')) return orKeep([withoutSuffix(r, 3)], r);
  return [r];
}

export function removePossessive(r: Reading): Reading[] {
  const w = r.word;
  if (w.endsWith('ku') || w.endsWith('mu')) return orKeep([withoutSuffix(r, 2)], r);
  if (w.endsWith('nya')) return orKeep([withoutSuffix(r, 3)], r);
  return [r];
}

/**
 * The nasal prefixes meN- and peN- share their sound changes; `base` is "me" or "pe".
 * Returns [] when the word does not start with a nasal form of `base`.
 */
function removeNasalPrefix(r: Reading, base: 'me' | 'pe', flag: number): Reading[] {
  const w = r.word;
  if (!w.startsWith(base)) return [];
  const strip = (nasal: string, replacement = ''): Reading =>
    withoutPrefix(r, base.length + nasal.length, flag, replacement);
  const next = (nasal: string): string => w.slice(base.length + nasal.length);

  if (w.startsWith(`${base}ng`)) {
    const rest = next('ng');
    if (!isVowel(rest[0])) return [strip('ng')];
    // Loanwords in kon-/kom- + consonant keep their k: mengonsumsi → konsumsi, mengontrak → kontrak
    // (Badan Bahasa's rule for k-initial loanwords; native roots in "on"/"om" + consonant are rare).
    const readings = LOANWORD_KON.test(rest) ? [strip('ng', 'k'), strip('ng')] : [strip('ng'), strip('ng', 'k')];
    const afterNge = next('nge');
    if (rest.startsWith('e') && isVowel(afterNge[1])) {
      // menge- before a one-syllable root: mengebom → bom, pengecekan → cek. The one-syllable
      // core is read with its suffix already removed, since Tala's guard would stop at "cekan".
      const core = oneSyllableCore(afterNge, flag);
      if (core !== undefined) readings.unshift(reading(core, r.flags | flag, r.prefixes + 1));
      else readings.push(strip('nge'));
    }
    return readings;
  }
  if (w.startsWith(`${base}ny`)) return isVowel(next('ny')[0]) ? [strip('ny', 's'), strip('')] : [strip('ny')];
  if (w.startsWith(`${base}m`)) {
    const rest = next('m');
    if (isVowel(rest[0])) return [strip('m', 'p'), strip('')];
    // pemrosesan → proses: the p of a p+r loanword is swallowed too.
    if (rest[0] === 'r') return [strip('m', 'p'), strip('m')];
    return [strip('m')];
  }
  if (w.startsWith(`${base}n`)) return isVowel(next('n')[0]) ? [strip('n', 't'), strip('')] : [strip('n')];
  return [];
}

/** "cekan" → "cek" (after peN-), "sahkan" → "sah" (after meN-): a root of one syllable, if any. */
function oneSyllableCore(rest: string, flag: number): string | undefined {
  const suffixes = flag === REMOVED_MENG ? ['kan', 'i', ''] : ['an', ''];
  for (const suffix of suffixes) {
    if (!rest.endsWith(suffix)) continue;
    const core = rest.slice(0, rest.length - suffix.length);
    if (core.length >= 2 && countVowels(core) === 1) return core;
  }
  return undefined;
}

/** ke-: never before a consonant cluster ("kembali", "kendala", "kerja"). */
function removeKe(r: Reading): Reading[] {
  const w = r.word;
  return w.startsWith('ke') && startsLikeRoot(w.slice(2)) ? [withoutPrefix(r, 2, REMOVED_KE)] : [];
}

function removeTer(r: Reading): Reading[] {
  const w = r.word;
  if (!w.startsWith('ter')) return [];
  const dropped = withoutPrefix(r, 3, REMOVED_TER);
  // ter + vowel may hide an r: terendah → rendah.
  return isVowel(w[3]) ? [dropped, withoutPrefix(r, 2, REMOVED_TER)] : [dropped];
}

/**
 * di-, ter-, ber- before a one-syllable root with -kan (disahkan → sah, diceklah): Tala's guard
 * stops at "sahkan" (two vowels), so the one-syllable core is read at once.
 */
function oneSyllableAfter(r: Reading, length: number, flag: number): Reading[] {
  const rest = r.word.slice(length);
  if (countVowels(rest) !== 2 || !rest.endsWith('kan')) return [];
  const core = rest.slice(0, -3);
  return core.length >= 3 && countVowels(core) === 1 ? [reading(core, r.flags | flag, r.prefixes + 1)] : [];
}

/**
 * se- ("one", "the same", "as … as"): sebulan → bulan, sebagian → bagi, selanjutnya → lanjut.
 * Not a Tala rule; only at the very start of a word and never before a root that itself begins
 * with "se" (the SE_INITIAL_ROOTS guard in knownRoots.ts settles those before this runs).
 */
function removeSe(r: Reading): Reading[] {
  const w = r.word;
  return r.prefixes === 0 && w.startsWith('se') && startsLikeRoot(w.slice(2)) ? [withoutPrefix(r, 2, REMOVED_SE)] : [];
}

export function removeFirstOrderPrefix(r: Reading): Reading[] {
  const w = r.word;
  const meN = removeNasalPrefix(r, 'me', REMOVED_MENG);
  if (meN.length > 0) return meN;
  if (/^me[lrwy]/.test(w)) return [withoutPrefix(r, 2, REMOVED_MENG)];
  const peN = removeNasalPrefix(r, 'pe', REMOVED_PENG);
  if (peN.length > 0) return peN;
  if (w.startsWith('di')) {
    if (!startsLikeRoot(w.slice(2))) return [];
    return [...oneSyllableAfter(r, 2, REMOVED_DI), withoutPrefix(r, 2, REMOVED_DI)];
  }
  const ter = removeTer(r);
  if (ter.length > 0) return ter;
  const ke = removeKe(r);
  if (ke.length > 0) return ke;
  return removeSe(r);
}

export function removeSecondOrderPrefix(r: Reading): Reading[] {
  const w = r.word;
  if (w.startsWith('ber')) {
    const dropped = withoutPrefix(r, 3, REMOVED_BER);
    return isVowel(w[3]) ? [dropped, withoutPrefix(r, 2, REMOVED_BER)] : [dropped];
  }
  if (w.startsWith('belajar')) return [withoutPrefix(r, 3, REMOVED_BER)];
  if (/^be[^aeiou]er/.test(w)) return [withoutPrefix(r, 2, REMOVED_BER)];
  if (w.startsWith('per')) {
    const dropped = withoutPrefix(r, 3, REMOVED_PER);
    return isVowel(w[3]) ? [dropped, withoutPrefix(r, 2, REMOVED_PER)] : [dropped];
  }
  if (w.startsWith('pelajar')) return [withoutPrefix(r, 3, REMOVED_PER)];
  const peN = removeNasalPrefix(r, 'pe', REMOVED_PENG);
  if (peN.length > 0) return peN;
  if (w.startsWith('pe') && !isVowel(w[2]) && startsLikeRoot(w.slice(2))) return [withoutPrefix(r, 2, REMOVED_PE)];
  return [];
}

/**
 * Step 7: one more prefix after the Tala steps. Only combinations Indonesian has: ke- after ber-,
 * per- or di- (berkelanjutan, diketahui), ter- after ke- (keterbukaan), and ber-/per-/peN-/pe-
 * after anything.
 */
export function removeExtraPrefix(r: Reading): Reading[] {
  if (r.prefixes === 0) return [r];
  const secondOrder = removeSecondOrderPrefix(r);
  if (secondOrder.length > 0) return orKeep(secondOrder, r);
  const nasalOrKeBefore = (r.flags & (REMOVED_KE | REMOVED_MENG | REMOVED_PENG | REMOVED_TER)) !== 0;
  if (!nasalOrKeBefore && (r.flags & (REMOVED_BER | REMOVED_PER | REMOVED_DI)) !== 0) return orKeep(removeKe(r), r);
  if ((r.flags & REMOVED_KE) !== 0) return orKeep(removeTer(r), r);
  return [r];
}

export function removeSuffix(r: Reading): Reading[] {
  const w = r.word;
  const f = r.flags;
  const anAllowed = (f & (REMOVED_DI | REMOVED_MENG | REMOVED_TER)) === 0;
  if (w.endsWith('kan')) {
    // After a vowel, "-kan" may be a root's final k plus -an (masukan, tindakan, perbaikan).
    const kBelongsToRoot = anAllowed && isVowel(w[w.length - 4]);
    if ((f & (REMOVED_KE | REMOVED_PENG | REMOVED_PE)) !== 0) return anAllowed ? [withoutSuffix(r, 2)] : [];
    if ((f & REMOVED_PER) !== 0 && kBelongsToRoot) return [withoutSuffix(r, 2), withoutSuffix(r, 3)];
    return kBelongsToRoot ? [withoutSuffix(r, 3), withoutSuffix(r, 2)] : [withoutSuffix(r, 3)];
  }
  if (w.endsWith('an')) return anAllowed ? [withoutSuffix(r, 2)] : [];
  if (w.endsWith('i') && (f & (REMOVED_BER | REMOVED_KE | REMOVED_PENG)) === 0) {
    // "-si" is usually a loanword ending (inovasi), sometimes a root in -s plus -i (batasi).
    return w.endsWith('si') ? [r, withoutSuffix(r, 1)] : [withoutSuffix(r, 1)];
  }
  return [];
}
