import type { HandlerTable } from '../../../core/api';
import type { LibraryService } from '../library/LibraryService';

type LibraryHandlers = Pick<HandlerTable, 'library:list' | 'library:get'>;

export function createLibraryHandlers(library: LibraryService): LibraryHandlers {
  return {
    'library:list': () => library.list(),
    'library:get': ({ id }) => library.get(id),
  };
}
