/**
 * Reads the parts of a compiled document a plan is seeded from: the text under a heading, the
 * items of its lists and its checklists. It reads the app's own compiler output (headings carry
 * ids, checklist items carry `data-task`), so a few patterns are enough and no DOM is needed.
 */

export interface DocumentPart {
  slug: string;
  heading: string;
  depth: number;
  /** The HTML between this heading and the next heading of any depth. */
  html: string;
}

export interface ListItem {
  text: string;
  /** The bold lead of an item (`**Risiko.** penjelasan`), if any. */
  lead: string;
  rest: string;
  /** The checklist item's id, for checklist items. */
  task?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return ENTITIES[name] ?? String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function documentParts(html: string): DocumentPart[] {
  const heading = /<h([1-6]) id="([^"]*)"[^>]*>([\s\S]*?)<\/h\1>/g;
  const parts: DocumentPart[] = [];
  let previous: { slug: string; heading: string; depth: number; end: number } | null = null;
  for (let m = heading.exec(html); m; m = heading.exec(html)) {
    if (previous) parts.push({ ...previous, html: html.slice(previous.end, m.index) });
    previous = { slug: m[2]!, heading: plainText(m[3]!), depth: Number(m[1]), end: m.index + m[0].length };
  }
  if (previous) parts.push({ ...previous, html: html.slice(previous.end) });
  return parts;
}

export function listItems(html: string): ListItem[] {
  const items: ListItem[] = [];
  const item = /<li([^>]*)>([\s\S]*?)<\/li>/g;
  for (let m = item.exec(html); m; m = item.exec(html)) {
    const task = /data-task="([^"]*)"/.exec(m[1]!)?.[1];
    const lead = /^\s*<strong>([\s\S]*?)<\/strong>/.exec(m[2]!);
    const text = plainText(m[2]!);
    const leadText = lead ? plainText(lead[1]!).replace(/[.:]$/, '') : '';
    const rest = lead ? plainText(m[2]!.slice(lead[0].length)) : text;
    items.push({ text, lead: leadText, rest, ...(task ? { task } : {}) });
  }
  return items;
}

/** The paragraphs' text of a part (lists left out), for pre-filling a free-text field. */
export function paragraphs(html: string): string {
  const found: string[] = [];
  const paragraph = /<p>([\s\S]*?)<\/p>/g;
  for (let m = paragraph.exec(html); m; m = paragraph.exec(html)) found.push(plainText(m[1]!));
  return found.join('\n\n');
}
