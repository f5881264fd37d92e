/**
 * Markdown export: grouped by document, each highlight's quote as a blockquote with a link back to
 * the document, then its note. Free-standing notes come last.
 */
import type { Highlight, Note, NotesFile } from './schema';

export interface ExportLabels {
  heading: string;
  exportedAt: string;
  documentNotes: string;
  freeNotes: string;
  detached: string;
  openDocument: string;
  tags: string;
}

/** Keeps a quote inside its blockquote: every line prefixed, no raw HTML let through as HTML. */
function blockquote(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

function tagLine(tags: string[], label: string): string {
  return tags.length ? `\n\n*${label}: ${tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}*` : '';
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
  },
  en: {
    heading: 'Notes and Highlights — Pustaka Inovasi',
    exportedAt: (date) => `Exported ${date}`,
    documentNotes: 'Notes on the document',
    freeNotes: 'Free-standing notes',
    detached: 'detached note: its text is no longer in the document',
    openDocument: 'Open the document',
    tags: 'Tags',
  },
};

export function exportNotesMarkdown(
  data: Pick<NotesFile, 'highlights' | 'notes'>,
  titleOf: (docId: string) => string | undefined,
  labels: ExportLabels,
): string {
  const detachedIds = new Set(data.highlights.filter((h) => h.detached).map((h) => h.id));
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
  const docIds = [...new Set([...byDoc.keys(), ...docNotes.keys()])].sort((a, b) =>
    (titleOf(a) ?? a).localeCompare(titleOf(b) ?? b, 'id'),
  );

  const out: string[] = [`# ${labels.heading}`, '', `*${labels.exportedAt}*`];
  for (const docId of docIds) {
    const link = `app://pustaka/#/dokumen/${docId}`;
    out.push('', `## ${titleOf(docId) ?? docId}`, '', `[${labels.openDocument}](${link})`);
    for (const note of docNotes.get(docId) ?? []) out.push('', `### ${labels.documentNotes}`, '', note.body.trim() + tagLine(note.tags, labels.tags));
    const highlights = (byDoc.get(docId) ?? []).sort((a, b) => a.anchor.offset - b.anchor.offset);
    for (const h of highlights) {
      const section = h.anchor.headingPath.join(' › ');
      out.push('', blockquote(h.anchor.quote), '', `— [${section || labels.openDocument}](${link}?catatan=${h.id})${detachedIds.has(h.id) ? ` (${labels.detached})` : ''}`);
      for (const note of notesByHighlight.get(h.id) ?? []) if (note.body.trim()) out.push('', note.body.trim() + tagLine(note.tags, labels.tags));
      if (!notesByHighlight.get(h.id)?.length && h.tags.length) out.push(tagLine(h.tags, labels.tags).trim());
    }
  }
  if (free.length) {
    out.push('', `## ${labels.freeNotes}`);
    for (const note of free) out.push('', note.body.trim() + tagLine(note.tags, labels.tags), '', '---');
  }
  return out.join('\n') + '\n';
}
