/**
 * Splits a document into sections at its headings (## and deeper), as plain text: the unit the
 * search index stores, so a hit can open the document at the right place.
 */
import { Lexer, type Token } from 'marked';
import { createSlugger } from './renderMarkdown';
import type { Section } from './types';

/**
 * What a reader sees for a wiki link `[[target]]` (the linked document's title, or the label):
 * the search index holds that, never the target's id.
 */
export type WikiLinkText = (raw: string) => string | undefined;

/** Markdown syntax removed, words kept: good enough for indexing and snippets. */
export function markdownToPlainText(markdown: string, linkText?: WikiLinkText): string {
  return markdown
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ''))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]\n]{1,200})\]\]/g, (whole, raw: string) => {
      const shown = linkText?.(raw);
      if (shown !== undefined) return shown;
      const [target = '', label] = raw.split('|');
      return label ?? target.split('#')[0] ?? whole;
    })
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, '')
    .replace(/^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/gim, '')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '')
    .replace(/[|*_`~]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Leaves out `Note:` blocks (speaker notes), which are for the trainer only: in a deck a note runs
 * to the next `---` line, elsewhere to the next `##` heading, as the slide splitter reads them.
 */
export function withoutSpeakerNoteBlocks(markdown: string, deck: boolean): string {
  const end = deck ? /^---\s*$/ : /^#{1,2}\s/;
  let inNote = false;
  let fence = false;
  return markdown
    .split(/\r?\n/)
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      if (inNote && !fence && end.test(line)) inNote = false;
      if (!inNote && !fence && /^Note:/.test(line)) inNote = true;
      return !inNote;
    })
    .join('\n');
}

/**
 * Only the `Note:` blocks (speaker notes) of a deck, each under the slide heading it belongs to,
 * as sections with the same slugs the slide text has: indexed apart and labelled in hits.
 */
export function speakerNoteSections(markdown: string, deck: boolean, linkText?: WikiLinkText): Section[] {
  const end = deck ? /^---\s*$/ : /^#{1,2}\s/;
  let inNote = false;
  let fence = false;
  const kept = markdown.split(/\r?\n/).map((line) => {
    const fenceLine = /^\s*(```|~~~)/.test(line);
    if (fenceLine) fence = !fence;
    if (inNote && !fence && end.test(line)) inNote = false;
    if (!inNote && !fence && /^Note:/.test(line)) {
      inNote = true;
      return line.replace(/^Note:\s*/, '');
    }
    // Headings stay so every note sits under its slide's slug; other slide text goes.
    if (inNote || (!fence && !fenceLine && /^#{1,6}\s/.test(line))) return line;
    return '';
  });
  return splitSections(kept.join('\n'), linkText).filter((s) => s.text.trim() !== '');
}

export function splitSections(markdown: string, linkText?: WikiLinkText): Section[] {
  const nextSlug = createSlugger();
  const sections: Section[] = [];
  let current: Section = { slug: '', heading: '', depth: 1, text: '' };
  const parts: string[] = [];
  const flush = () => {
    current.text = markdownToPlainText(parts.join('\n'), linkText);
    if (current.text || current.heading) sections.push(current);
    parts.length = 0;
  };
  let tokens: Token[];
  try {
    tokens = Lexer.lex(markdown, { gfm: true });
  } catch {
    // Markdown marked cannot read (see markdownFallback.ts) is indexed as one section of plain text.
    const text = markdownToPlainText(markdown, linkText);
    return text ? [{ ...current, text }] : [];
  }
  for (const token of tokens) {
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
