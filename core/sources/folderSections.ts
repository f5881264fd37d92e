/**
 * A user's document split into searchable sections, as the bundled library's are
 * (core/content/sections.ts: one section per `##` or deeper heading, plain text), but from the
 * tokens the render already made, so a folder's text is lexed once, not twice.
 */
import type { Token } from 'marked';
import { createSlugger } from '../content/renderMarkdown';
import type { DocumentMeta } from '../content/schema';
import { markdownToPlainText } from '../content/sections';
import type { Section } from '../content/types';
import { isDeck } from '../present/splitIntoSlides';

const IMAGE_EMBED = /!\[\[([^\]\n|]*\.(?:png|jpe?g|gif|webp|svg))(?:\|[^\]\n]*)?\]\]/gi;
/** Obsidian embeds the bundled plain-text pass does not know: an image adds no words, a note its name. */
const withoutEmbeds = (markdown: string) => markdown.replace(IMAGE_EMBED, '').replace(/!\[\[/g, '[[');

export function sectionsFromTokens(tokens: Token[], meta: DocumentMeta): Section[] {
  const deck = isDeck(meta);
  const nextSlug = createSlugger();
  const sections: Section[] = [];
  let current: Section = { slug: '', heading: '', depth: 1, text: '' };
  const parts: string[] = [];
  const flush = () => {
    current.text = markdownToPlainText(withoutEmbeds(parts.join('\n')));
    if (current.text || current.heading) sections.push(current);
    parts.length = 0;
  };
  // Speaker notes (`Note:` to the next `---` in a deck, else to the next `#`/`##`) are for the trainer only.
  let inNote = false;
  for (const token of tokens) {
    if (inNote && (deck ? token.type === 'hr' : token.type === 'heading' && token.depth <= 2)) inNote = false;
    if (!inNote && token.type === 'paragraph' && token.raw.startsWith('Note:')) inNote = true;
    // marked-footnote's list of footnotes: its definitions are indexed where they are written.
    if (inNote || token.type === 'footnotes') continue;
    if (token.type === 'heading') {
      const slug = nextSlug(token.text);
      if (token.depth >= 2) {
        flush();
        current = { slug, heading: token.text, depth: token.depth, text: '' };
        continue;
      }
    }
    parts.push(token.raw);
  }
  flush();
  return sections;
}

/** After a render failure (the body shown as plain text): the whole text as one section. */
export function plainSections(body: string): Section[] {
  const text = markdownToPlainText(withoutEmbeds(body));
  return text ? [{ slug: '', heading: '', depth: 1, text }] : [];
}
