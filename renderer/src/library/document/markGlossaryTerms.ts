import type { GlossaryMatcher } from '../glossaryTerms';

const SKIP = new Set(['A', 'CODE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BUTTON', 'DFN']);

/**
 * Underlines the first use of each glossary term in the document body. Works on text nodes only,
 * so it cannot create markup from the document's own text.
 */
export function markGlossaryTerms(root: HTMLElement, matcher: GlossaryMatcher): number {
  const seen = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  let marked = 0;
  for (const node of textNodes) {
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
