/**
 * A short passage around the best match, with matched words marked (by stem, not spelling).
 * Sections run to thousands of words and a page of hits shows dozens of them, so the passage is
 * found by one native regex scan for the query's spellings; only the chosen window is tokenized.
 */
import { tokenizeIndonesianWithOffsets } from '../indonesian';
import type { SnippetPart } from '../types';

/** About 26 words of Indonesian text. */
const WINDOW_CHARS = 190;
const LEAD_CHARS = 24;
const MAX_MATCHES = 400;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface SnippetMatcher {
  /** Whether a word (lower-cased, folded, as the tokenizer gives it) is one of the query's. */
  has(word: string): boolean;
  /** Finds the query's spellings as whole words in lower-cased text (global flag). */
  pattern: RegExp;
}

export function snippetMatcher(words: ReadonlySet<string>): SnippetMatcher {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    has: (word) => words.has(word),
    // No look-behind: a pattern that starts with literal words lets the regex engine skip ahead;
    // the start of the word is checked in bestWindowStart.
    pattern: new RegExp(`(?:${alternatives || '\\u0000'})(?![\\p{L}\\p{N}])`, 'gu'),
  };
}

/** Where the window with the most matches starts (character offset into `text`). */
function bestWindowStart(text: string, matcher: SnippetMatcher): number {
  // Lower-casing keeps offsets for the scripts this library is written in; folding would not.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return 0;
  const offsets: number[] = [];
  matcher.pattern.lastIndex = 0;
  for (let m = matcher.pattern.exec(lower); m && offsets.length < MAX_MATCHES; m = matcher.pattern.exec(lower)) {
    if (m.index === 0 || !WORD_CHAR.test(lower[m.index - 1]!)) offsets.push(m.index);
  }
  matcher.pattern.lastIndex = 0;
  if (offsets.length === 0) return 0;
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < offsets.length; i++) {
    while (offsets[j]! < offsets[i]! - WINDOW_CHARS + LEAD_CHARS) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      best = j;
    }
  }
  return Math.max(0, offsets[best]! - LEAD_CHARS);
}

export function makeSnippet(text: string, matcher: SnippetMatcher): SnippetPart[] {
  const from = bestWindowStart(text, matcher);
  // Tokenize a little more than the window so the first and last words are whole.
  const slice = text.slice(from, from + WINDOW_CHARS + 40);
  let tokens = tokenizeIndonesianWithOffsets(slice);
  if (from > 0 && tokens[0]?.start === 0) tokens = tokens.slice(1); // a word cut in half
  const windowTokens = tokens.filter((t) => t.start < WINDOW_CHARS).slice(0, 30);
  // When the window reaches the end of the text, keep its closing punctuation and add no "…".
  const reachesEnd = from + slice.length >= text.length && windowTokens.length === tokens.length;
  tokens = windowTokens;
  if (tokens.length === 0) return [{ text: text.slice(0, 200).replace(/\s+/g, ' '), match: false }];
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', match: false });
  let cursor = tokens[0]!.start;
  for (const token of tokens) {
    if (!matcher.has(token.term)) continue;
    if (token.start > cursor) parts.push({ text: slice.slice(cursor, token.start), match: false });
    parts.push({ text: slice.slice(token.start, token.end), match: true });
    cursor = token.end;
  }
  const end = reachesEnd ? slice.trimEnd().length : tokens[tokens.length - 1]!.end;
  if (end > cursor) parts.push({ text: slice.slice(cursor, end), match: false });
  if (!reachesEnd) parts.push({ text: ' …', match: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
