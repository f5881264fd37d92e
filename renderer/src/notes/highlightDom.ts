/**
 * The DOM side of highlights: the document body as one plain text (the same text anchors are
 * made from and re-attached to), a selection as offsets in it, and marks wrapped around ranges.
 * The anchoring itself is pure (core/notes/anchoring.ts).
 */
import { headingPathLookup, type HeadingPathAt } from '../../../core/notes/anchoring';

export const HIGHLIGHT_CLASS = 'note-hl';

interface TextSpan {
  node: Text;
  start: number;
}

export interface BodyText {
  text: string;
  spans: TextSpan[];
  headingPathAt: HeadingPathAt;
}

/** Every text node in reading order, marks included, so marking never changes the text. */
export function readBodyText(root: HTMLElement): BodyText {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const spans: TextSpan[] = [];
  const headings: { offset: number; level: number; text: string }[] = [];
  let text = '';
  let lastHeading: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const heading = node.parentElement?.closest('h1, h2, h3, h4, h5, h6');
    if (heading && lastHeading !== heading) {
      lastHeading = heading;
      headings.push({ offset: text.length, level: Number(heading.tagName[1]), text: heading.textContent ?? '' });
    }
    spans.push({ node, start: text.length });
    text += node.data;
  }
  return { text, spans, headingPathAt: headingPathLookup(headings) };
}

function offsetOf(body: BodyText, container: Node, offset: number): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const span = body.spans.find((s) => s.node === container);
    return span ? span.start + offset : null;
  }
  // An element boundary: the first text node at or after that point.
  const point = document.createRange();
  point.setStart(container, offset);
  for (const span of body.spans) if (point.comparePoint(span.node, 0) >= 0) return span.start;
  return body.text.length;
}

/** The selection as [start, end) in the body text, or null when it is not inside the body. */
export function selectionOffsets(root: HTMLElement, body: BodyText, range: Range): [number, number] | null {
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(body, range.startContainer, range.startOffset);
  const end = offsetOf(body, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  // Trim surrounding whitespace so a double-clicked word does not carry its space.
  const raw = body.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return end - trail > start + lead ? [start + lead, end - trail] : null;
}

/** Wraps [start, end) in marks (one per text node crossed); returns them in order. */
export function wrapRange(body: BodyText, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const span of body.spans) {
    const length = span.node.data.length;
    const from = Math.max(start, span.start);
    const to = Math.min(end, span.start + length);
    if (from >= to) continue;
    // Whitespace between table cells or list items cannot hold a mark.
    if (!span.node.data.trim() && span.node.parentElement?.matches('table, tbody, thead, tr, ul, ol')) continue;
    let node = span.node;
    if (from > span.start) node = node.splitText(from - span.start);
    if (to - from < node.data.length) node.splitText(to - from);
    const mark = make();
    node.replaceWith(mark);
    mark.append(node);
    marks.push(mark);
  }
  return marks;
}

export function clearHighlightMarks(root: HTMLElement): void {
  root.querySelectorAll(`mark.${HIGHLIGHT_CLASS}`).forEach((mark) => mark.replaceWith(...Array.from(mark.childNodes)));
  root.normalize();
}

/** The inverse of selectionOffsets: [start, end) of the body text as a DOM range. */
export function rangeAt(body: BodyText, start: number, end: number): Range | null {
  const point = (offset: number, atEnd: boolean) => {
    const span = body.spans.find((s) => (atEnd ? offset > s.start : offset >= s.start) && offset <= s.start + s.node.data.length);
    return span ? { node: span.node, offset: offset - span.start } : null;
  };
  const from = point(start, false);
  const to = point(end, true);
  if (!from || !to || end <= start) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
