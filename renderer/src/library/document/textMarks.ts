/**
 * Wraps ranges of the document's text in <mark> elements and removes them again. Works on text
 * nodes only, so marking can never turn document text into markup.
 */
import { stemIndonesian, tokenizeIndonesianWithOffsets } from '../../../../core/search/indonesian';
import { foldDiacritics } from '../../../../core/search/indonesian';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK']);

function textNodes(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIP.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function wrapRanges(node: Text, ranges: [number, number][], className: string): HTMLElement[] {
  if (ranges.length === 0) return [];
  const text = node.data;
  const fragment = document.createDocumentFragment();
  const marks: HTMLElement[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start < last) continue;
    fragment.append(text.slice(last, start));
    const mark = document.createElement('mark');
    mark.className = className;
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    marks.push(mark);
    last = end;
  }
  fragment.append(text.slice(last));
  node.replaceWith(fragment);
  return marks;
}

/** Marks every word whose stem is one of `stems` (so `layanan` marks `pelayanan`). */
export function markStems(root: HTMLElement, stems: string[], className = 'search-hit'): HTMLElement[] {
  const wanted = new Set(stems.map((s) => s.toLowerCase()));
  if (wanted.size === 0) return [];
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const ranges: [number, number][] = tokenizeIndonesianWithOffsets(node.data)
      .filter((span) => wanted.has(span.term) || wanted.has(stemIndonesian(span.term)))
      .map((span) => [span.start, span.end]);
    marks.push(...wrapRanges(node, ranges, className));
  }
  return marks;
}

/** Marks every occurrence of `needle`, ignoring case and accents (find in page). */
export function markText(root: HTMLElement, needle: string, className = 'find-hit'): HTMLElement[] {
  const wanted = foldDiacritics(needle.trim().toLowerCase());
  if (!wanted) return [];
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const folded = foldDiacritics(node.data.toLowerCase());
    // Folding removes combining marks only; keep offsets valid by skipping texts whose length changed.
    if (folded.length !== node.data.length) continue;
    const ranges: [number, number][] = [];
    for (let i = folded.indexOf(wanted); i !== -1; i = folded.indexOf(wanted, i + wanted.length)) ranges.push([i, i + wanted.length]);
    marks.push(...wrapRanges(node, ranges, className));
  }
  return marks;
}

export function clearMarks(root: HTMLElement, className: string): void {
  root.querySelectorAll(`mark.${className}`).forEach((mark) => mark.replaceWith(document.createTextNode(mark.textContent ?? '')));
  root.normalize();
}
