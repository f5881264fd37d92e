/**
 * Markdown → HTML with marked (GFM), giving every heading a stable id and collecting the
 * outline. The HTML is sanitised again in the renderer (DOMPurify) before it reaches the DOM.
 */
import { Marked, type Tokens } from 'marked';
import type { Heading } from './types';
import { slugify } from './slug';

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const headings: Heading[] = [];
  const used = new Map<string, number>();
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Heading['tokens']): string } }, token: Tokens.Heading) {
        const base = slugify(token.text) || 'bagian';
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        const slug = seen === 0 ? base : `${base}-${seen}`;
        headings.push({ depth: token.depth, text: token.text, slug });
        return `<h${token.depth} id="${slug}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false }) as string;
  return { html, headings };
}
