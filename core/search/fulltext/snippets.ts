/** A short passage around the best match, with matched words marked (by stem, not spelling). */
import { stemIndonesian, tokenizeIndonesianWithOffsets } from '../indonesian';
import type { SnippetPart } from '../types';

const WINDOW = 26;

export function makeSnippet(text: string, stems: ReadonlySet<string>): SnippetPart[] {
  const tokens = tokenizeIndonesianWithOffsets(text);
  if (tokens.length === 0) return [{ text: text.slice(0, 200), match: false }];
  const matches = tokens.map((t) => stems.has(t.term) || stems.has(stemIndonesian(t.term)));
  // The window with the most matches, earliest first.
  let bestStart = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (matches[i]) count++;
    if (i >= WINDOW && matches[i - WINDOW]) count--;
    const start = Math.max(0, i - WINDOW + 1);
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  const first = Math.max(0, bestCount > 0 ? bestStart - 2 : 0);
  const last = Math.min(tokens.length - 1, first + WINDOW - 1);
  const parts: SnippetPart[] = [];
  let cursor = tokens[first]!.start;
  if (first > 0) parts.push({ text: '… ', match: false });
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (!matches[i]) continue;
    if (token.start > cursor) parts.push({ text: text.slice(cursor, token.start), match: false });
    parts.push({ text: text.slice(token.start, token.end), match: true });
    cursor = token.end;
  }
  const end = tokens[last]!.end;
  if (end > cursor) parts.push({ text: text.slice(cursor, end), match: false });
  if (last < tokens.length - 1) parts.push({ text: ' …', match: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
