/**
 * Indonesian tokenizer: turns text into lower-case, diacritic-free terms, keeping the character
 * offsets of each term in the ORIGINAL text (for highlighting).
 *
 * Rules, in the order a reader meets them:
 * - Case and diacritics: every character is decomposed with NFKD, combining marks are dropped and
 *   the rest lower-cased ("É" → "e", "ﬁ" → "fi", "²" → "2"). Offsets still point at the original.
 * - A term is a run of letters and digits (any script: `\p{L}`, `\p{N}`). Everything else separates
 *   terms, with three exceptions that join instead:
 *   - a hyphen between two letters/digits stays inside the term ("bolak-balik", "ktp-el",
 *     "covid-19", "buku-bukunya"); lunr's default separator `/[\s\-]+/` would split these;
 *   - an apostrophe between two letters is dropped and the halves joined ("Jum'at" → "jumat",
 *     "Qur’an" → "quran"), the spelling Indonesian dictionaries use;
 *   - "." or "," between two digits stays inside the number: "2023" → "2023", "5.0" → "5.0",
 *     "Industri 4.0" → "industri", "4.0", "07.30" → "07.30", "1.500.000" → "1.500.000". Numbers
 *     are kept whole rather than split into "5" and "0", so a search for "4.0" finds "4.0"
 *     and not every "4" and "0"; the price is that "1.500" and "1500" are different terms.
 * - Exact reduplication collapses to its base here ("inovasi-inovasi" → "inovasi", "kupu-kupu" →
 *   "kupu"). Reduplication with affixes ("buku-bukunya", "meniru-nirukan", "berbalas-balasan")
 *   needs stemming to recognise and is resolved by `stemIndonesian`; other hyphenated words
 *   ("bolak-balik", "ktp-el") stay whole.
 * - Abbreviations are ordinary runs of letters and come out lower-cased and whole ("KIPP" →
 *   "kipp", "JIPPNas" → "jippnas", "SDGs" → "sdgs"); the stemmer protects them.
 *
 * Pure TypeScript, no Node or DOM APIs (String.prototype.normalize and Unicode property escapes are
 * ES2018 and available in Node and in Web Workers).
 */

/** A term with its position in the original text: `text.slice(start, end)` is what was read. */
export interface TermSpan {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

type CharKind = 'word' | 'mark' | 'hyphen' | 'apostrophe' | 'numberJoiner' | 'other';

interface ScannedChar {
  readonly kind: CharKind;
  /** The folded (lower-case, diacritic-free) form; empty for marks and separators. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC']);
const WORD_CHARS = /^[\p{L}\p{N}]+$/u;
const COMBINING_MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}+$/u;
const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{N}/u;

/** Lower-cases and strips diacritics from a string: "Pelayanan Publik É" → "pelayanan publik e". */
export function foldDiacritics(text: string): string {
  // Marks are stripped again after lower-casing because "İ".toLowerCase() is "i" + U+0307.
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(COMBINING_MARKS, '');
}

function classifyUnicode(ch: string, start: number): ScannedChar {
  const end = start + ch.length;
  if (HYPHENS.has(ch)) return { kind: 'hyphen', folded: '', start, end };
  if (APOSTROPHES.has(ch)) return { kind: 'apostrophe', folded: '', start, end };
  if (IS_MARK.test(ch)) return { kind: 'mark', folded: '', start, end };
  const folded = foldDiacritics(ch);
  if (folded.length > 0 && WORD_CHARS.test(folded)) return { kind: 'word', folded, start, end };
  return { kind: 'other', folded: '', start, end };
}

/** Classifies the code point at `start`; plain ASCII takes a fast path without normalisation. */
function classifyAt(text: string, start: number): ScannedChar {
  const code = text.charCodeAt(start);
  if (code >= 128) return classifyUnicode(String.fromCodePoint(text.codePointAt(start) ?? code), start);
  const end = start + 1;
  if (isAsciiWordChar(code)) return { kind: 'word', folded: text.charAt(start).toLowerCase(), start, end };
  if (code === 45) return { kind: 'hyphen', folded: '', start, end };
  if (code === 39) return { kind: 'apostrophe', folded: '', start, end };
  if (code === 46 || code === 44) return { kind: 'numberJoiner', folded: '', start, end };
  return { kind: 'other', folded: '', start, end };
}

/** The next character from `start` on that is not a combining mark, if any. */
function nextNonMark(text: string, start: number): ScannedChar | undefined {
  for (let k = start; k < text.length; ) {
    const c = classifyAt(text, k);
    if (c.kind !== 'mark') return c;
    k = c.end;
  }
  return undefined;
}

/** "inovasi-inovasi" → "inovasi"; anything else unchanged. */
export function collapseExactReduplication(term: string): string {
  if (!term.includes('-')) return term;
  const parts = term.split('-');
  const first = parts[0];
  if (first !== undefined && first.length > 0 && parts.every((part) => part === first)) return first;
  return term;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Tokenizes text into terms with their offsets in the original string. */
export function tokenizeIndonesianWithOffsets(text: string): TermSpan[] {
  const spans: TermSpan[] = [];
  let term = '';
  let start = -1;
  let end = -1;

  const flush = (): void => {
    if (start >= 0 && term.length > 0) {
      spans.push({ term: collapseExactReduplication(term), start, end });
    }
    term = '';
    start = -1;
    end = -1;
  };

  for (let k = 0; k < text.length; ) {
    // Fast path: a run of ASCII letters and digits, the bulk of any Indonesian text.
    if (isAsciiWordChar(text.charCodeAt(k))) {
      let j = k + 1;
      while (j < text.length && isAsciiWordChar(text.charCodeAt(j))) j++;
      if (start < 0) start = k;
      term += text.slice(k, j).toLowerCase();
      end = j;
      k = j;
      continue;
    }
    const c = classifyAt(text, k);
    k = c.end;
    if (c.kind === 'word') {
      if (start < 0) start = c.start;
      term += c.folded;
      end = c.end;
      continue;
    }
    if (c.kind === 'mark') {
      if (start >= 0) end = c.end;
      continue;
    }
    if (start >= 0 && joinsWord(c, term, nextNonMark(text, k))) {
      if (c.kind !== 'apostrophe') term += c.kind === 'hyphen' ? '-' : text.slice(c.start, c.end);
      continue;
    }
    flush();
  }
  flush();
  return spans;
}

/** Whether a hyphen, apostrophe or number joiner sits inside a word rather than between words. */
function joinsWord(c: ScannedChar, termSoFar: string, next: ScannedChar | undefined): boolean {
  if (next === undefined || next.kind !== 'word') return false;
  const previous = termSoFar.slice(-1);
  switch (c.kind) {
    case 'hyphen':
      return true;
    case 'apostrophe':
      return IS_LETTER.test(previous) && IS_LETTER.test(next.folded.charAt(0));
    case 'numberJoiner':
      return IS_DIGIT.test(previous) && IS_DIGIT.test(next.folded.charAt(0));
    default:
      return false;
  }
}

/** Tokenizes text into lower-case, diacritic-free terms (see the rules at the top of this file). */
export function tokenizeIndonesian(text: string): string[] {
  return tokenizeIndonesianWithOffsets(text).map((span) => span.term);
}
