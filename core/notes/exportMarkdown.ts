/**
 * Markdown export, ready for Obsidian and other note apps: YAML front matter (title, source, tags,
 * exported date), then per document each highlight's quote as a blockquote with its colour named
 * and the document's title and reference in plain text (no app:// links, which open nowhere
 * else), then its note; tags as #tag. Free-standing notes come last.
 */
import { stringify } from 'yaml';
import { uniqueMarkdownNames } from './exportFileNames';
import type { Highlight, HighlightColour, Note, NotesFile } from './schema';

export interface ExportLabels {
  heading: string;
  exportedAt: string;
  documentNotes: string;
  freeNotes: string;
  detached: string;
  openDocument: string;
  tags: string;
  /** The library, as the source named in front matter and references. */
  source: string;
  reference: string;
  highlight: string;
  colours: Record<HighlightColour, string>;
}

/** What the export needs to know about a document. */
export interface ExportDocument {
  title: string;
  /** The document's own sources (reports, regulations), when it lists any. */
  sources?: string[];
}

export interface ExportOptions {
  /** The day of the export, YYYY-MM-DD, for front matter. */
  exportedOn: string;
}

/** Keeps a quote inside its blockquote: every line prefixed, no raw HTML let through as HTML. */
function blockquote(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** An Obsidian tag: letters, digits, -, _ and /; never only digits. */
export function tagName(tag: string): string {
  const name = tag.trim().replace(/^#+/, '').replace(/[^\p{L}\p{N}_/-]+/gu, '-').replace(/^-+|-+$/g, '');
  return /^[\d/_-]*$/.test(name) ? `tag-${name}` : name;
}

function tagLine(tags: string[], label: string): string {
  return tags.length ? `\n\n${label}: ${tags.map((t) => `#${tagName(t)}`).join(' ')}` : '';
}

function frontMatter(fields: Record<string, unknown>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  return `---\n${stringify(present, { lineWidth: 0 }).trimEnd()}\n---`;
}

/** The export is a file, not UI: its few labels live here, in both languages. */
export const EXPORT_LABELS: Record<'id' | 'en', Omit<ExportLabels, 'exportedAt'> & { exportedAt: (date: string) => string }> = {
  id: {
    heading: 'Catatan dan Sorotan — Pustaka Inovasi',
    exportedAt: (date) => `Diekspor ${date}`,
    documentNotes: 'Catatan pada dokumen',
    freeNotes: 'Catatan lepas',
    detached: 'catatan terlepas: teksnya tidak ada lagi di dokumen',
    openDocument: 'Buka dokumen',
    tags: 'Label',
    source: 'Pustaka Inovasi',
    reference: 'Rujukan',
    highlight: 'Sorotan',
    colours: { kuning: 'kuning', hijau: 'hijau', biru: 'biru', merah: 'merah' },
  },
  en: {
    heading: 'Notes and Highlights — Pustaka Inovasi',
    exportedAt: (date) => `Exported ${date}`,
    documentNotes: 'Notes on the document',
    freeNotes: 'Free-standing notes',
    detached: 'detached note: its text is no longer in the document',
    openDocument: 'Open the document',
    tags: 'Tags',
    source: 'Pustaka Inovasi',
    reference: 'Reference',
    highlight: 'Highlight',
    colours: { kuning: 'yellow', hijau: 'green', biru: 'blue', merah: 'red' },
  },
};

/** How to find the document again in the library: its title and its stable id. */
export function documentReference(docId: string, labels: ExportLabels): string {
  return `${labels.source}, ${docId}`;
}

interface Grouped {
  docIds: string[];
  byDoc: Map<string, Highlight[]>;
  docNotes: Map<string, Note[]>;
  notesByHighlight: Map<string, Note[]>;
  free: Note[];
}

function group(data: Pick<NotesFile, 'highlights' | 'notes'>, titleOf: (docId: string) => string): Grouped {
  const notesByHighlight = new Map<string, Note[]>();
  const docNotes = new Map<string, Note[]>();
  const free: Note[] = [];
  for (const note of data.notes) {
    if (note.target.kind === 'highlight') notesByHighlight.set(note.target.highlightId, [...(notesByHighlight.get(note.target.highlightId) ?? []), note]);
    else if (note.target.kind === 'document') docNotes.set(note.target.docId, [...(docNotes.get(note.target.docId) ?? []), note]);
    else free.push(note);
  }
  const byDoc = new Map<string, Highlight[]>();
  for (const h of data.highlights) byDoc.set(h.docId, [...(byDoc.get(h.docId) ?? []), h]);
  const docIds = [...new Set([...byDoc.keys(), ...docNotes.keys()])].sort((a, b) => titleOf(a).localeCompare(titleOf(b), 'id'));
  return { docIds, byDoc, docNotes, notesByHighlight, free };
}

function tagsOfDocument(docId: string, g: Grouped): string[] {
  const tags = [
    ...(g.byDoc.get(docId) ?? []).flatMap((h) => [...h.tags, ...(g.notesByHighlight.get(h.id) ?? []).flatMap((n) => n.tags)]),
    ...(g.docNotes.get(docId) ?? []).flatMap((n) => n.tags),
  ];
  return [...new Set(tags.map(tagName))].sort((a, b) => a.localeCompare(b, 'id'));
}

/** One document's notes and highlights, below a heading of the given level. */
function documentSection(docId: string, title: string, g: Grouped, labels: ExportLabels, level: number): string[] {
  const h = '#'.repeat(level);
  const out: string[] = [`${h} ${title}`, '', `${labels.reference}: ${documentReference(docId, labels)}`];
  for (const note of g.docNotes.get(docId) ?? []) out.push('', `${h}# ${labels.documentNotes}`, '', note.body.trim() + tagLine(note.tags, labels.tags));
  const highlights = [...(g.byDoc.get(docId) ?? [])].sort((a, b) => a.anchor.offset - b.anchor.offset);
  for (const hl of highlights) {
    const where = [title, ...hl.anchor.headingPath].join(' › ');
    const colour = `${labels.highlight} ${labels.colours[hl.colour] ?? hl.colour}`;
    out.push('', blockquote(hl.anchor.quote), '', `— ${colour} · ${where}${hl.detached ? ` (${labels.detached})` : ''}`);
    const notes = g.notesByHighlight.get(hl.id) ?? [];
    for (const note of notes) if (note.body.trim()) out.push('', note.body.trim() + tagLine(note.tags, labels.tags));
    const noteTags = new Set(notes.flatMap((n) => n.tags));
    const ownTags = hl.tags.filter((t) => !noteTags.has(t));
    if (ownTags.length) out.push(tagLine(ownTags, labels.tags).trim());
  }
  return out;
}

/** Every note in one file: front matter listing the documents, then a section per document. */
export function exportNotesMarkdown(
  data: Pick<NotesFile, 'highlights' | 'notes'>,
  documentOf: (docId: string) => ExportDocument | undefined,
  labels: ExportLabels,
  options: ExportOptions,
): string {
  const titleOf = (id: string) => documentOf(id)?.title ?? id;
  const g = group(data, titleOf);
  const allTags = [...new Set([...g.docIds.flatMap((id) => tagsOfDocument(id, g)), ...g.free.flatMap((n) => n.tags.map(tagName))])].sort((a, b) =>
    a.localeCompare(b, 'id'),
  );
  const out: string[] = [
    frontMatter({
      title: labels.heading,
      source: labels.source,
      exported: options.exportedOn,
      tags: allTags,
      documents: g.docIds.map((id) => ({ title: titleOf(id), reference: documentReference(id, labels), sources: documentOf(id)?.sources?.length ? documentOf(id)?.sources : undefined })),
    }),
    '',
    `# ${labels.heading}`,
    '',
    `*${labels.exportedAt}*`,
  ];
  for (const docId of g.docIds) out.push('', ...documentSection(docId, titleOf(docId), g, labels, 2));
  if (g.free.length) {
    out.push('', `## ${labels.freeNotes}`);
    for (const note of g.free) out.push('', note.body.trim() + tagLine(note.tags, labels.tags), '', '---');
  }
  return out.join('\n') + '\n';
}

/**
 * One document's notes as a file of its own (for "satu berkas per dokumen"): its own front
 * matter, so each file stands alone in a vault.
 */
export function exportDocumentMarkdown(
  docId: string,
  data: Pick<NotesFile, 'highlights' | 'notes'>,
  doc: ExportDocument | undefined,
  labels: ExportLabels,
  options: ExportOptions,
): string {
  const title = doc?.title ?? docId;
  const g = group(
    { highlights: data.highlights.filter((h) => h.docId === docId), notes: data.notes.filter((n) => n.target.kind !== 'free') },
    () => title,
  );
  const out = [
    frontMatter({
      title,
      source: labels.source,
      reference: documentReference(docId, labels),
      sources: doc?.sources,
      tags: tagsOfDocument(docId, g),
      exported: options.exportedOn,
    }),
    '',
    ...documentSection(docId, title, g, labels, 1),
  ];
  return out.join('\n') + '\n';
}

/** Free-standing notes as a file of their own, for the per-document zip. */
function exportFreeNotesMarkdown(free: Note[], labels: ExportLabels, options: ExportOptions): string {
  const out = [
    frontMatter({ title: labels.freeNotes, source: labels.source, tags: [...new Set(free.flatMap((n) => n.tags.map(tagName)))].sort((a, b) => a.localeCompare(b, 'id')), exported: options.exportedOn }),
    '',
    `# ${labels.freeNotes}`,
  ];
  for (const note of free) out.push('', note.body.trim() + tagLine(note.tags, labels.tags), '', '---');
  return out.join('\n') + '\n';
}

/**
 * "Satu berkas per dokumen": each document's notes as its own Markdown file, named after its title
 * (safe and unique, see exportFileNames.ts), and the free-standing notes in one more file.
 */
export function exportNotesPerDocument(
  data: Pick<NotesFile, 'highlights' | 'notes'>,
  documentOf: (docId: string) => ExportDocument | undefined,
  labels: ExportLabels,
  options: ExportOptions,
): { name: string; content: string }[] {
  const titleOf = (id: string) => documentOf(id)?.title ?? id;
  const g = group(data, titleOf);
  const entries = g.docIds.map((id) => ({ title: titleOf(id), fallback: id, content: exportDocumentMarkdown(id, data, documentOf(id), labels, options) }));
  if (g.free.length) entries.push({ title: labels.freeNotes, fallback: 'catatan-lepas', content: exportFreeNotesMarkdown(g.free, labels, options) });
  const names = uniqueMarkdownNames(entries);
  return entries.map((entry, i) => ({ name: names[i]!, content: entry.content }));
}
