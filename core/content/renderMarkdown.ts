/**
 * Markdown → HTML with marked (GFM tables and task lists, footnotes, GitHub-style alerts, heading
 * ids, images, wiki links). Collects the outline, the sections (for search) and link problems.
 * The HTML is sanitised again in the renderer (DOMPurify) before it reaches the DOM.
 * Markdown that marked cannot process (see markdownFallback.ts) comes back as escaped plain text,
 * with `failure` saying why and on which line.
 */
import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import markedAlert from 'marked-alert';
import markedFootnote from 'marked-footnote';
import { escapeHtml, renderOrPlainText, type MarkdownFailure } from './markdownFallback';
import { resolveHref, resolveImage, resolveWikiLink, type LinkContext } from './links';
import { slugify } from './slug';
import type { Heading } from './types';

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  problems: string[];
  /** Set when marked could not process the text and `html` is the plain-text fallback. */
  failure: MarkdownFailure | null;
}

const ALERT_TITLES = [
  { type: 'note', icon: '', title: 'Catatan' },
  { type: 'tip', icon: '', title: 'Tips' },
  { type: 'important', icon: '', title: 'Penting' },
  { type: 'warning', icon: '', title: 'Peringatan' },
  { type: 'caution', icon: '', title: 'Perhatian' },
];

/** Assigns the same unique slugs the renderer will, so links can be checked before rendering. */
export function createSlugger() {
  const used = new Map<string, number>();
  return (text: string) => {
    const base = slugify(text) || 'bagian';
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen}`;
  };
}

function wikiLinkExtension(context: LinkContext | undefined, problems: string[]): TokenizerAndRendererExtension {
  return {
    name: 'wikiLink',
    level: 'inline',
    start: (src) => src.indexOf('[['),
    tokenizer(src) {
      const match = /^\[\[([^\]\n]{1,200})\]\]/.exec(src);
      return match ? { type: 'wikiLink', raw: match[0], target: match[1] } : undefined;
    },
    renderer(token) {
      const raw = String(token.target);
      if (!context) return escapeHtml(token.raw);
      const resolved = resolveWikiLink(raw, context);
      if ('problem' in resolved) {
        problems.push(resolved.problem);
        return `<span class="broken-link">${escapeHtml(raw)}</span>`;
      }
      return `<a href="${escapeHtml(resolved.href)}" class="doc-link">${escapeHtml(resolved.title ?? raw)}</a>`;
    },
  };
}

export function renderMarkdown(markdown: string, context?: LinkContext): RenderedMarkdown {
  // Each attempt has its own outline and problems, so locating a failure leaves no trace.
  const rendered = renderOrPlainText(
    markdown,
    (text) => renderWithMarked(text, context),
    (text) => renderWithMarked(text, context),
  );
  if (rendered.ok) return { ...rendered.value, failure: null };
  return { html: rendered.html, headings: [], problems: [], failure: rendered.failure };
}

function renderWithMarked(markdown: string, context: LinkContext | undefined): Omit<RenderedMarkdown, 'failure'> {
  const headings: Heading[] = [];
  const problems: string[] = [];
  const nextSlug = createSlugger();
  const taskSlug = createSlugger();
  const marked = new Marked({ gfm: true });
  marked.use(markedFootnote({ description: 'Catatan kaki', prefixId: 'catatan-kaki-' }), markedAlert({ variants: ALERT_TITLES }));
  marked.use({ extensions: [wikiLinkExtension(context, problems)] });
  marked.use({
    renderer: {
      heading(token: Tokens.Heading) {
        const slug = nextSlug(token.text);
        headings.push({ depth: token.depth, text: token.text, slug });
        return `<h${token.depth} id="${slug}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (!context) return `<a href="${escapeHtml(token.href)}">${text}</a>`;
        const resolved = resolveHref(token.href, context);
        if ('problem' in resolved) {
          problems.push(resolved.problem);
          return `<span class="broken-link">${text}</span>`;
        }
        const external = /^https?:/i.test(resolved.href) ? ' class="external-link" rel="noreferrer"' : '';
        return `<a href="${escapeHtml(resolved.href)}"${external}>${text}</a>`;
      },
      image(token: Tokens.Image) {
        if (!context) return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}">`;
        const resolved = resolveImage(token.href, context);
        if ('problem' in resolved) {
          problems.push(resolved.problem);
          return `<span class="broken-image">${escapeHtml(token.text)}</span>`;
        }
        return `<img src="${escapeHtml(resolved.href)}" alt="${escapeHtml(token.text)}" loading="lazy">`;
      },
      listitem(item: Tokens.ListItem) {
        if (!item.task) return false;
        // Tickable in the reader: the id is stable while the item's text stays the same.
        const body = this.parser.parse(item.tokens.filter((t) => t.type !== 'checkbox'));
        const id = taskSlug(item.text.replace(/^\[[ xX]\]\s*/, '')).slice(0, 80);
        return `<li class="task-item" data-task="${id}">${body}</li>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, headings, problems };
}
