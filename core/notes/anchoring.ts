/**
 * Text anchors for highlights: the exact quote, a little context either side and the heading path,
 * with the character offset kept only as a hint. Pure functions over plain text, so they are tested
 * without a DOM and work the same on every new version of a document.
 */
import { LIMITS, type Anchor } from './schema';

export interface AttachedRange {
  start: number;
  end: number;
  /** false when the quote was found only approximately (a word in it changed). */
  exact: boolean;
}

/** Where, in the plain text, each heading's section starts; used to prefer the same section. */
export type HeadingPathAt = (offset: number) => string[];

const CONTEXT = 32;

export function createAnchor(text: string, start: number, end: number, headingPath: string[] = []): Anchor {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  return {
    quote: text.slice(from, to).slice(0, LIMITS.quote),
    prefix: text.slice(Math.max(0, from - CONTEXT), from),
    suffix: text.slice(to, to + CONTEXT),
    headingPath: headingPath.slice(0, LIMITS.headingDepth).map((h) => h.slice(0, LIMITS.heading)),
    offset: from,
  };
}

/** How many characters of context agree, read outwards from the quote. */
function contextScore(text: string, start: number, end: number, anchor: Anchor): number {
  let score = 0;
  for (let i = 1; i <= anchor.prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== anchor.prefix[anchor.prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < anchor.suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== anchor.suffix[i]) break;
    score++;
  }
  return score;
}

function sameHeading(anchor: Anchor, at: HeadingPathAt | undefined, offset: number): boolean {
  if (!at || anchor.headingPath.length === 0) return false;
  const path = at(offset);
  return path.length === anchor.headingPath.length && path.every((h, i) => h === anchor.headingPath[i]);
}

function pickBest(candidates: AttachedRange[], text: string, anchor: Anchor, at?: HeadingPathAt): AttachedRange | null {
  let best: AttachedRange | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    // Context counts most, then the section, then closeness to where it used to be.
    const score =
      contextScore(text, c.start, c.end, anchor) * 1000 +
      (sameHeading(anchor, at, c.start) ? 500 : 0) -
      Math.min(499, Math.abs(c.start - anchor.offset) / 1000);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function exactMatches(text: string, quote: string): AttachedRange[] {
  const found: AttachedRange[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < 1000; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, exact: true });
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Share of the quote's words found, in order, in the window (longest common subsequence). */
function similarity(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]! / Math.max(a.length, b.length);
}

const FUZZY_MIN_WORDS = 4;
const FUZZY_MIN_SIMILARITY = 0.75;
const FUZZY_MAX_TEXT_WORDS = 200_000;

function fuzzyMatches(text: string, anchor: Anchor): AttachedRange[] {
  const quoteWords = words(anchor.quote).map((w) => w.text);
  if (quoteWords.length < FUZZY_MIN_WORDS) return [];
  const textWords = words(text);
  if (textWords.length > FUZZY_MAX_TEXT_WORDS) return [];
  const first = new Set(quoteWords.slice(0, 3));
  const last = new Set(quoteWords.slice(-3));
  const found: { range: AttachedRange; score: number }[] = [];
  for (let i = 0; i < textWords.length; i++) {
    // Only windows that start near one of the quote's first words are worth comparing.
    if (!first.has(textWords[i]!.text)) continue;
    for (let len = Math.max(1, quoteWords.length - 3); len <= quoteWords.length + 3 && i + len <= textWords.length; len++) {
      const window = textWords.slice(i, i + len);
      if (!last.has(window[window.length - 1]!.text)) continue;
      const score = similarity(quoteWords, window.map((w) => w.text));
      if (score >= FUZZY_MIN_SIMILARITY) found.push({ range: { start: window[0]!.start, end: window[window.length - 1]!.end, exact: false }, score });
    }
  }
  const top = Math.max(...found.map((f) => f.score));
  return found.filter((f) => f.score === top).map((f) => f.range);
}

/**
 * Finds the anchor's text in a (possibly changed) document. Returns null when the passage is gone:
 * the caller then keeps the highlight as detached, with its quote; it is never dropped.
 */
export function reattachHighlight(anchor: Anchor, text: string, headingPathAt?: HeadingPathAt): AttachedRange | null {
  if (!anchor.quote) return null;
  // Fast path: the text did not move.
  if (text.slice(anchor.offset, anchor.offset + anchor.quote.length) === anchor.quote &&
      contextScore(text, anchor.offset, anchor.offset + anchor.quote.length, anchor) === anchor.prefix.length + anchor.suffix.length) {
    return { start: anchor.offset, end: anchor.offset + anchor.quote.length, exact: true };
  }
  const exact = exactMatches(text, anchor.quote);
  if (exact.length > 0) return pickBest(exact, text, anchor, headingPathAt);
  return pickBest(fuzzyMatches(text, anchor), text, anchor, headingPathAt);
}

/** Builds a HeadingPathAt from heading positions (in text order) and their levels. */
export function headingPathLookup(headings: { offset: number; level: number; text: string }[]): HeadingPathAt {
  const paths = headings.map((_, index) => {
    const path: { level: number; text: string }[] = [];
    for (const h of headings.slice(0, index + 1)) {
      while (path.length && path[path.length - 1]!.level >= h.level) path.pop();
      path.push(h);
    }
    return path.map((p) => p.text);
  });
  return (offset) => {
    let found: string[] = [];
    for (let i = 0; i < headings.length && headings[i]!.offset <= offset; i++) found = paths[i]!;
    return found;
  };
}
