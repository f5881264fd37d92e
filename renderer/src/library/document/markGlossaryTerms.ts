import type { GlossaryMatcher } from '../glossaryTerms';

const SKIP = new Set(['A', 'CODE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BUTTON', 'DFN']);

/**
 * Underlines the first use of each glossary term in each section (a section starts at an h2), so
 * a term is explained where it is read without marking it again and again. Works on text nodes
 * only, so it cannot create markup from the document's own text.
 */
export function markGlossaryTerms(root: HTMLElement, matcher: GlossaryMatcher): number {
  const seen = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node instanceof Element) {
        if (node.tagName === 'H2') return NodeFilter.FILTER_ACCEPT;
        return SKIP.has(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // In document order: text nodes, and null where a new section begins.
  const items: (Text | null)[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) items.push(node instanceof Text ? node : null);
  let marked = 0;
  for (const node of items) {
    if (!node) {
      seen.clear();
      continue;
    }
    const text = node.data;
    matcher.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    let last = 0;
    const fragment = document.createDocumentFragment();
    while ((match = matcher.pattern.exec(text))) {
      const entry = matcher.lookup(match[0]);
      if (!entry || seen.has(entry.term)) continue;
      seen.add(entry.term);
      fragment.append(text.slice(last, match.index));
      const dfn = document.createElement('dfn');
      dfn.className = 'glossary-term';
      dfn.tabIndex = 0;
      dfn.dataset.definition = entry.definition;
      dfn.dataset.term = entry.term;
      dfn.dataset.href = entry.href;
      dfn.textContent = match[0];
      fragment.append(dfn);
      last = match.index + match[0].length;
      marked++;
    }
    if (last > 0) {
      fragment.append(text.slice(last));
      node.replaceWith(fragment);
    }
  }
  return marked;
}
