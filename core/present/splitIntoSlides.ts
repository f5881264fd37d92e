/**
 * Splits a compiled document into slides. Works on the build's HTML (the renderer never sees the
 * Markdown): a presentable deck splits at its top-level `<hr>` (the `---` lines), any other
 * document at its `##` headings. A paragraph that starts with `Note:` begins the speaker notes,
 * which run to the end of the slide and are kept apart so the audience view never receives them.
 */
import type { DocumentMeta } from '../content/schema';

export interface Slide {
  /** Heading text of the slide ('' when it has none). */
  title: string;
  /** The heading's id: the section the slide belongs to (annotations and pack items use it). */
  sectionId: string;
  /** What the audience sees. */
  html: string;
  /** Speaker notes, '' when there are none. */
  notesHtml: string;
}

export interface SlideSource {
  meta: Pick<DocumentMeta, 'type' | 'title'> & { presentable?: boolean };
  html: string;
}

// marked writes every block on its own line, so a top-level rule is a line of its own.
const RULE_LINE = /^<hr\s*\/?>\s*$/m;
const H2_START = /^(?=<h2[\s>])/m;
const NOTE_START = /<p>\s*Note:\s*/i;
const FIRST_HEADING = /<h([1-6])(?:\s+id="([^"]*)")?[^>]*>([\s\S]*?)<\/h\1>/i;

export function isDeck(meta: SlideSource['meta']): boolean {
  return meta.type === 'seminar' && meta.presentable === true;
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

/** Separates the audience part of one slide from its `Note:` block. */
export function separateNotes(slideHtml: string): { html: string; notesHtml: string } {
  const match = NOTE_START.exec(slideHtml);
  if (!match) return { html: slideHtml.trim(), notesHtml: '' };
  const html = slideHtml.slice(0, match.index).trim();
  const notesHtml = `<p>${slideHtml.slice(match.index + match[0].length)}`.replace(/^<p>\s*<\/p>\s*/, '').trim();
  return { html, notesHtml };
}

function toSlide(part: string): Slide | null {
  const { html, notesHtml } = separateNotes(part);
  if (!html && !notesHtml) return null;
  const heading = FIRST_HEADING.exec(html);
  return { title: heading ? stripTags(heading[3] ?? '') : '', sectionId: heading?.[2] ?? '', html, notesHtml };
}

export function splitIntoSlides(doc: SlideSource): Slide[] {
  const parts = isDeck(doc.meta) ? doc.html.split(RULE_LINE) : doc.html.split(H2_START);
  const slides = parts.map(toSlide).filter((s): s is Slide => s !== null);
  // A document whose text comes before its first heading opens with it, under the document title.
  const first = slides[0];
  if (first && !first.title) first.title = doc.meta.title;
  return slides;
}

/**
 * The document as the library reader shows it: every slide's speaker notes left out, so what is
 * meant for the trainer (a test's answer key, say) reaches only the presenter view and a handout
 * printed with speaker notes.
 */
export function withoutSpeakerNotes(doc: SlideSource): { html: string; removed: boolean } {
  const deck = isDeck(doc.meta);
  const parts = deck ? doc.html.split(RULE_LINE) : doc.html.split(H2_START);
  let removed = false;
  const kept = parts.map((part) => {
    const { html, notesHtml } = separateNotes(part);
    if (!notesHtml && !NOTE_START.test(part)) return part;
    removed = true;
    return `${html}\n`;
  });
  return { html: removed ? kept.join(deck ? '<hr>\n' : '') : doc.html, removed };
}
