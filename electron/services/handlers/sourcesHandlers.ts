/**
 * The sources part of the handler table: a thin mapping onto SourcesService. Opening a file or
 * its folder goes through seams the host is given (Electron's shell; the harness records calls),
 * so nothing here needs Electron.
 */
import type { HandlerTable } from '../../../core/api';
import { ApiFailure } from '../../../core/errors';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import type { NotesFile } from '../../../core/notes/schema';
import type { DocumentCatalog } from '../sources/LibraryCatalog';
import type { SourcesService } from '../sources/SourcesService';

type SourcesChannel = Extract<keyof HandlerTable, `sources:${string}` | 'search:segments'>;
type SourcesHandlers = Pick<HandlerTable, SourcesChannel>;

export interface SourcesHandlerDeps {
  sources: SourcesService;
  /** The bundled library alone, for its document count. */
  bundled: DocumentCatalog;
  /** The notes as they are now, to count what stays attached to a removed source. */
  notes: () => Pick<NotesFile, 'highlights' | 'notes' | 'bookmarks'>;
  /** Electron: the native folder picker; null when the user cancels. */
  pickFolder?: () => Promise<string | null>;
  /** Electron: shell.showItemInFolder. */
  showItemInFolder?: (absolutePath: string) => boolean | Promise<boolean>;
  /** Electron: shell.openPath. */
  openPath?: (absolutePath: string) => Promise<boolean>;
}

const NO_FOLDER = { id: 'tidak ada folder yang dipilih', en: 'no folder was chosen' };

/** Highlights, notes and bookmarks on documents of the source: kept, and counted for the user. */
export function countNotesOfSource(data: Pick<NotesFile, 'highlights' | 'notes' | 'bookmarks'>, sourceId: string): number {
  const prefix = `${sourceId}~`;
  const ofSource = (docId: string) => docId.startsWith(prefix);
  return (
    data.highlights.filter((h) => ofSource(h.docId)).length +
    data.notes.filter((n) => n.target.kind !== 'free' && ofSource(n.target.docId)).length +
    data.bookmarks.filter((b) => ofSource(b.docId)).length
  );
}

export function createSourcesHandlers(deps: SourcesHandlerDeps): SourcesHandlers {
  const { sources } = deps;
  const bundledCount = () =>
    deps.bundled.list().then(
      (listing) => listing.documents.length,
      () => 0,
    );
  const infoOf = async (id: string) => {
    const record = sources.records().find((r) => r.id === id);
    if (!record) throw new ApiFailure('source_not_found', id);
    const info = sources.info(record);
    return record.id === BUNDLED_SOURCE_ID ? { ...info, documentCount: await bundledCount() } : info;
  };
  return {
    'sources:list': async () => ({ sources: await Promise.all(sources.records().map((r) => infoOf(r.id))) }),
    'sources:addFolder': async ({ path, name }) => {
      let folder = path;
      if (folder === undefined) {
        if (!deps.pickFolder) throw new ApiFailure('source_folder_invalid', NO_FOLDER);
        const picked = await deps.pickFolder();
        if (picked === null) return { cancelled: true };
        folder = picked;
      }
      return { source: await sources.addFolder(folder, name) };
    },
    'sources:rename': async ({ id, name }) => ({ source: await sources.rename(id, name) }),
    'sources:setEnabled': async ({ id, enabled }) => {
      await sources.setEnabled(id, enabled);
      return { source: await infoOf(id) };
    },
    'sources:remove': async ({ id }) => {
      await sources.remove(id);
      return { removed: true, notesKept: countNotesOfSource(deps.notes(), id) };
    },
    'sources:reindex': async ({ id }) => ({ source: await sources.reindex(id) }),
    'sources:cancel': async ({ id }) => ({ cancelled: sources.cancel(id) }),
    'sources:problems': async ({ id }) => ({ problems: sources.problems(id) }),
    'sources:revealFile': async ({ id, file }) => {
      const target = sources.filePath(id, file);
      return { shown: target !== null && deps.showItemInFolder ? await deps.showItemInFolder(target) : false };
    },
    'sources:openFile': async ({ id, file }) => {
      const target = sources.filePath(id, file);
      return { opened: target !== null && deps.openPath ? await deps.openPath(target) : false };
    },
    'search:segments': async () => sources.segments(),
  };
}
