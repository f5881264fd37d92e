/**
 * Presenting: session packs (with JSON export and import), where each deck was left, and the two
 * things only the Electron main process can do (open a window on the second display, print to
 * PDF). Those arrive as callbacks, so this file never imports electron; the harness passes none
 * and the renderer falls back to the browser's own way.
 */
import type { HandlerTable } from '../../../core/api';
import { ApiFailure, type Language } from '../../../core/errors';
import { packFileName, parsePackFile, toPackFile } from '../../../core/present/sessionPack';
import type { DocumentCatalog } from '../sources/LibraryCatalog';
import type { SessionPackStore } from '../packs/SessionPackStore';
import type { SlidePositionStore } from '../present/SlidePositionStore';

export interface PresentWindowRequest {
  view: 'audience' | 'presenter';
  route: string;
}

export interface PresentHandlerDeps {
  packs: SessionPackStore;
  positions: SlidePositionStore;
  library: DocumentCatalog;
  language(): Language;
  openPresentWindow?: (request: PresentWindowRequest) => Promise<boolean>;
  savePdf?: (route: string, fileName: string) => Promise<{ saved: boolean; path?: string; cancelled?: boolean }>;
}

type PresentHandlers = Pick<
  HandlerTable,
  | 'packs:list'
  | 'packs:get'
  | 'packs:save'
  | 'packs:duplicate'
  | 'packs:delete'
  | 'packs:export'
  | 'packs:import'
  | 'present:position'
  | 'present:savePosition'
  | 'present:openWindow'
  | 'handout:savePdf'
>;

const COPY_SUFFIX = { id: '(salinan)', en: '(copy)' } as const;

function readPackFile(json: string) {
  const parsed = parsePackFile(json);
  if (!parsed.ok) throw new ApiFailure('pack_import_invalid', parsed.messages);
  return parsed.file;
}

export function createPresentHandlers(deps: PresentHandlerDeps): PresentHandlers {
  const { packs, positions, library } = deps;
  return {
    'packs:list': async () => ({ packs: packs.list() }),
    'packs:get': async ({ id }) => packs.get(id),
    'packs:save': ({ id, pack }) => packs.save(pack, id),
    'packs:duplicate': ({ id }) => packs.duplicate(id, COPY_SUFFIX[deps.language()]),
    'packs:delete': async ({ id }) => ({ deleted: await packs.delete(id) }),
    'packs:export': async ({ id }) => {
      const pack = packs.get(id);
      return { fileName: packFileName(pack), json: `${JSON.stringify(toPackFile(pack), null, 2)}\n` };
    },
    'packs:import': async ({ json }) => {
      const file = readPackFile(json);
      const known = new Set((await library.list()).documents.map((d) => d.id));
      const missingDocuments = [...new Set(file.pack.items.map((i) => i.docId).filter((id) => !known.has(id)))];
      return { pack: await packs.save(file.pack), missingDocuments };
    },
    'present:position': async ({ deck }) => ({ index: positions.position(deck) }),
    'present:savePosition': async ({ deck, index }) => ({ index: await positions.save(deck, index) }),
    'present:openWindow': async (request) => ({ opened: deps.openPresentWindow ? await deps.openPresentWindow(request) : false }),
    'handout:savePdf': async ({ route, fileName }) => (deps.savePdf ? deps.savePdf(route, fileName) : { saved: false }),
  };
}
