import type { HandlerTable } from '../../../core/api';
import type { Language } from '../../../core/errors';
import { EXPORT_LABELS, exportNotesMarkdown } from '../../../core/notes/exportMarkdown';
import type { DocumentCatalog } from '../sources/LibraryCatalog';
import type { NotesStore } from '../notes/NotesStore';

type NotesChannels = Extract<keyof HandlerTable, `notes:${string}` | `bookmarks:${string}` | `backup:${string}`>;

export function createNotesHandlers(deps: { notes: NotesStore; library: DocumentCatalog; language: () => Language; now?: () => Date }): Pick<HandlerTable, NotesChannels> {
  const { notes } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    'notes:status': async () => notes.status(),
    'notes:list': async () => {
      const { highlights, notes: list, tags, bookmarks } = notes.snapshot();
      return { highlights, notes: list, tags, bookmarks };
    },
    'notes:forDocument': async ({ docId }) => {
      const data = notes.snapshot();
      return {
        highlights: data.highlights.filter((h) => h.docId === docId),
        notes: data.notes.filter((n) => n.target.kind !== 'free' && n.target.docId === docId),
      };
    },
    'notes:createHighlight': (input) => notes.createHighlight(input),
    'notes:updateHighlight': ({ id, ...patch }) => notes.updateHighlight(id, patch),
    'notes:deleteHighlight': ({ id }) => notes.deleteHighlight(id),
    'notes:createNote': (input) => notes.createNote(input),
    'notes:updateNote': ({ id, ...patch }) => notes.updateNote(id, patch),
    'notes:deleteNote': ({ id }) => notes.deleteNote(id),
    'notes:restore': (records) => notes.restoreRecords(records),
    'notes:export': async ({ format }) => {
      const day = now().toISOString().slice(0, 10);
      if (format === 'json') {
        return { fileName: `catatan-pustaka-${day}.json`, mimeType: 'application/json', content: JSON.stringify(notes.snapshot(), null, 2) };
      }
      const listing = await deps.library.list().catch(() => ({ documents: [] }));
      const documents = new Map(listing.documents.map((d) => [d.id, { title: d.title, sources: d.sources }]));
      const language = deps.language();
      const labels = EXPORT_LABELS[language];
      const date = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(now());
      const content = exportNotesMarkdown(notes.snapshot(), (id) => documents.get(id), { ...labels, exportedAt: labels.exportedAt(date) }, { exportedOn: day });
      return { fileName: `catatan-pustaka-${day}.md`, mimeType: 'text/markdown', content };
    },
    'notes:import': ({ text }) => notes.importJson(text),
    'bookmarks:list': async () => ({ bookmarks: notes.bookmarks() }),
    'bookmarks:add': (input) => notes.addBookmark(input),
    'bookmarks:remove': ({ id }) => notes.removeBookmark(id),
    'backup:list': async () => ({ backups: await notes.listBackups() }),
    'backup:restore': ({ name }) => notes.restoreBackup(name),
  };
}
