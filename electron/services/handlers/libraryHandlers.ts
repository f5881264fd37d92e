import type { HandlerTable } from '../../../core/api';
import type { DocumentCatalog } from '../sources/LibraryCatalog';

type LibraryHandlers = Pick<HandlerTable, 'library:list' | 'library:get'>;

export function createLibraryHandlers(library: DocumentCatalog): LibraryHandlers {
  return {
    'library:list': () => library.list(),
    'library:get': ({ id }) => library.get(id),
  };
}
