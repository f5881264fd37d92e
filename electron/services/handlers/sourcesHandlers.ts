/**
 * Scaffolding until the sources registry lands (issue #13): only the bundled library exists.
 * Replaced by electron/services/sources.
 */
import type { HandlerTable } from '../../../core/api';
import { ApiFailure } from '../../../core/errors';
import { BUNDLED_SOURCE_ID } from '../../../core/sources/documentKey';
import type { SourceInfo } from '../../../core/sources/types';
import type { LibraryService } from '../library/LibraryService';

type SourcesChannel = Extract<keyof HandlerTable, `sources:${string}` | 'search:segments'>;
type SourcesHandlers = Pick<HandlerTable, SourcesChannel>;

export function createSourcesHandlers(library: LibraryService): SourcesHandlers {
  const bundled = async (): Promise<SourceInfo> => ({
    id: BUNDLED_SOURCE_ID, name: 'Pustaka bawaan', kind: 'bundled', root: null, enabled: true, status: 'ready',
    documentCount: (await library.list()).documents.length, indexedAt: null, problemCount: 0,
  });
  const refuse = (id: string): never => {
    throw new ApiFailure(id === BUNDLED_SOURCE_ID ? 'source_read_only' : 'source_not_found', id);
  };
  return {
    'sources:list': async () => ({ sources: [await bundled()] }),
    'sources:addFolder': async () => {
      throw new ApiFailure('source_folder_invalid', { id: 'fitur ini belum tersedia', en: 'this feature is not available yet' });
    },
    'sources:rename': async ({ id }) => refuse(id),
    'sources:setEnabled': async ({ id }) => refuse(id),
    'sources:remove': async ({ id }) => refuse(id),
    'sources:reindex': async ({ id }) => refuse(id),
    'sources:cancel': async () => ({ cancelled: false }),
    'sources:problems': async ({ id }) => (id === BUNDLED_SOURCE_ID ? { problems: [] } : refuse(id)),
    'sources:revealFile': async () => ({ shown: false }),
    'sources:openFile': async () => ({ opened: false }),
    'search:segments': async () => ({ generation: 0, segments: [] }),
  };
}
