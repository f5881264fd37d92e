/**
 * A user's Markdown → HTML, leniently: the bundled library's Markdown (GFM, footnotes, alerts,
 * heading ids, task items) plus Obsidian's `[[links]]` and `![[embeds]]` resolved through the
 * folder's link table. What does not resolve is shown as plain text marked `unresolved-link`,
 * never as a broken link: a note that links to a page not yet written is normal in a notes folder.
 * One Marked instance serves every document (a folder has thousands); the per-document state is
 * set before each render, which is safe because rendering is synchronous.
 */
import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import markedAlert from 'marked-alert';
import markedFootnote from 'marked-footnote';
import { documentRoute, resolveRelative } from '../content/links';
import { escapeHtml, renderOrPlainText, type MarkdownFailure } from '../content/markdownFallback';
import { createSlugger } from '../content/renderMarkdown';
import { slugify } from '../content/slug';
import type { Heading } from '../content/types';
import { resolveFolderAssetName, resolveFolderPath, resolveFolderWikiTarget, type FolderLinkTable, type LinkedDocument } from './folderLinkTable';

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg'] as const;
const IMAGE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');
export const isImagePath = (path: string) => IMAGE.test(path);

/** Where the host serves a folder source's copied assets, relative to the app page. */
export function folderAssetUrl(source: string, path: string): string {
  return `./__sources/${source}/assets/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export interface FolderRenderContext {
  source: string;
  /** Relative path of the document being rendered. */
  file: string;
  links: FolderLinkTable;
}

export interface RenderedFolderMarkdown {
  html: string;
  headings: Heading[];
  /** Asset paths (relative to the folder root) the HTML refers to. */
  assets: string[];
  /** Link or image targets that climb out of the folder (refused). */
  outside: string[];
  /** Images the folder does not have (only known when the table lists the folder's files). */
  missingImages: string[];
  /** marked's top-level tokens, for the search sections (so the text is lexed once); empty after a failure. */
  tokens: Token[];
  failure: MarkdownFailure | null;
}

interface RenderState {
  context: FolderRenderContext;
  headings: Heading[];
  assets: Set<string>;
  outside: string[];
  missingImages: string[];
  tokens: Token[];
  nextSlug: (text: string) => string;
  taskSlug: (text: string) => string;
}

let state: RenderState | null = null;
const current = (): RenderState => {
  if (!state) throw new Error('renderFolderMarkdown: no document is being rendered');
  return state;
};

const UNRESOLVED = 'unresolved-link';
const unresolved = (html: string, why: string) => `<span class="${UNRESOLVED}" title="${escapeHtml(why)}">${html}</span>`;

function docLink(doc: LinkedDocument, heading: string | undefined, labelHtml: string): string {
  const slug = heading ? slugify(heading) : '';
  return `<a href="${escapeHtml(documentRoute(doc.key, slug || undefined))}" class="doc-link">${labelHtml}</a>`;
}

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** An image by its path relative to the folder root: `<img>` if allowed, else why not. */
function imageHtml(path: string | null, target: string, alt: string, width?: string): string {
  const s = current();
  if (path === null) {
    s.outside.push(target);
    return unresolved(escapeHtml(alt || target), target);
  }
  if (s.context.links.assetsKnown && !s.context.links.assetPaths.has(path)) {
    s.missingImages.push(target);
    return unresolved(escapeHtml(alt || target), target);
  }
  s.assets.add(path);
  const size = width ? ` width="${escapeHtml(width)}"` : '';
  return `<img src="${escapeHtml(folderAssetUrl(s.context.source, path))}" alt="${escapeHtml(alt)}"${size} loading="lazy">`;
}

function wikiExtension(embed: boolean): TokenizerAndRendererExtension {
  const pattern = embed ? /^!\[\[([^\]\n]{1,300})\]\]/ : /^\[\[([^\]\n]{1,300})\]\]/;
  return {
    name: embed ? 'folderWikiEmbed' : 'folderWikiLink',
    level: 'inline',
    start: (src) => src.indexOf(embed ? '![[' : '[['),
    tokenizer(src) {
      const match = pattern.exec(src);
      return match ? { type: embed ? 'folderWikiEmbed' : 'folderWikiLink', raw: match[0], target: match[1] } : undefined;
    },
    renderer(token) {
      const s = current();
      const raw = String(token.target);
      const bar = raw.indexOf('|');
      const target = (bar === -1 ? raw : raw.slice(0, bar)).trim();
      const label = bar === -1 ? '' : raw.slice(bar + 1).trim();
      if (embed && isImagePath(target)) {
        // Obsidian's `![[gambar.png|300]]` gives a width, not a caption.
        const width = /^\d{1,4}(x\d{1,4})?$/.test(label) ? label.split('x')[0] : undefined;
        const path = resolveRelative(s.context.file, target) === null ? null : resolveFolderAssetName(s.context.links, s.context.file, target);
        return imageHtml(path, target, width ? target : label || target, width);
      }
      const hash = target.indexOf('#');
      const name = hash === -1 ? target : target.slice(0, hash);
      const heading = hash === -1 ? undefined : target.slice(hash + 1).trim();
      const shown = escapeHtml(label || (name ? name : heading ?? raw));
      if (name === '') {
        // `[[#Judul]]`: a section of this same document.
        const slug = slugify(heading ?? '');
        return slug ? `<a href="#${escapeHtml(slug)}">${shown}</a>` : unresolved(shown, raw);
      }
      const doc = resolveFolderWikiTarget(s.context.links, s.context.file, name);
      if (!doc) return unresolved(shown, raw);
      return docLink(doc, heading, label ? shown : escapeHtml(heading ? `${doc.title} › ${heading}` : doc.title));
    },
  };
}

function createFolderMarked(): Marked {
  const marked = new Marked({ gfm: true });
  marked.use(
    markedFootnote({ description: 'Catatan kaki', prefixId: 'catatan-kaki-' }),
    markedAlert({
      variants: [
        { type: 'note', icon: '', title: 'Catatan' },
        { type: 'tip', icon: '', title: 'Tips' },
        { type: 'important', icon: '', title: 'Penting' },
        { type: 'warning', icon: '', title: 'Peringatan' },
        { type: 'caution', icon: '', title: 'Perhatian' },
      ],
    }),
  );
  marked.use({ extensions: [wikiExtension(true), wikiExtension(false)] });
  marked.use({
    hooks: {
      processAllTokens(tokens) {
        if (state) state.tokens = tokens;
        return tokens;
      },
    },
  });
  marked.use({
    renderer: {
      heading(token: Tokens.Heading) {
        const slug = current().nextSlug(token.text);
        current().headings.push({ depth: token.depth, text: token.text, slug });
        return `<h${token.depth} id="${slug}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
      link(token: Tokens.Link) {
        const s = current();
        const text = this.parser.parseInline(token.tokens);
        const href = token.href.trim();
        if (/^(https?:|mailto:)/i.test(href)) return `<a href="${escapeHtml(href)}" class="external-link" rel="noreferrer">${text}</a>`;
        if (href.startsWith('#')) return `<a href="#${escapeHtml(slugify(decode(href.slice(1))))}">${text}</a>`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return unresolved(text, href);
        const hash = href.indexOf('#');
        const pathPart = decode(hash === -1 ? href : href.slice(0, hash));
        const heading = hash === -1 ? undefined : decode(href.slice(hash + 1));
        const path = resolveRelative(s.context.file, pathPart);
        if (path === null) {
          s.outside.push(href);
          return unresolved(text, href);
        }
        if (isImagePath(path)) return imageLink(path, href, text);
        const doc = resolveFolderPath(s.context.links, path);
        return doc ? docLink(doc, heading, text) : unresolved(text, href);
      },
      image(token: Tokens.Image) {
        const s = current();
        const src = token.href.trim();
        // The app works offline and loads nothing from the network: a remote image shows its text.
        if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return unresolved(escapeHtml(token.text || src), src);
        const path = resolveRelative(s.context.file, decode(src.split(/[?#]/)[0] ?? ''));
        if (path !== null && !isImagePath(path)) return unresolved(escapeHtml(token.text || src), src);
        return imageHtml(path, src, token.text);
      },
      listitem(item: Tokens.ListItem) {
        if (!item.task) return false;
        const body = this.parser.parse(item.tokens.filter((t) => t.type !== 'checkbox'));
        const id = current().taskSlug(item.text.replace(/^\[[ xX]\]\s*/, '')).slice(0, 80);
        return `<li class="task-item" data-task="${id}">${body}</li>\n`;
      },
    },
  });
  return marked;
}

/** A link to an image file (`[denah](img/denah.png)`): opens the copied image. */
function imageLink(path: string, href: string, text: string): string {
  const s = current();
  if (s.context.links.assetsKnown && !s.context.links.assetPaths.has(path)) {
    s.missingImages.push(href);
    return unresolved(text, href);
  }
  s.assets.add(path);
  return `<a href="${escapeHtml(folderAssetUrl(s.context.source, path))}">${text}</a>`;
}

let shared: Marked | null = null;

export function renderFolderMarkdown(markdown: string, context: FolderRenderContext): RenderedFolderMarkdown {
  const attempt = (text: string) => {
    const marked = (shared ??= createFolderMarked());
    state = { context, headings: [], assets: new Set(), outside: [], missingImages: [], tokens: [], nextSlug: createSlugger(), taskSlug: createSlugger() };
    try {
      const html = marked.parse(text, { async: false });
      const { headings, assets, outside, missingImages, tokens } = state;
      return { html, headings, assets: [...assets], outside, missingImages, tokens };
    } catch (error) {
      // An extension may keep state from a parse that did not finish (marked-footnote does): start afresh.
      shared = null;
      throw error;
    } finally {
      state = null;
    }
  };
  const rendered = renderOrPlainText(markdown, attempt, attempt);
  if (rendered.ok) return { ...rendered.value, failure: null };
  return { html: rendered.html, headings: [], assets: [], outside: [], missingImages: [], tokens: [], failure: rendered.failure };
}
