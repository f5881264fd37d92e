/**
 * Stands in for the folder indexer (electron/services/sources/indexing) until it lands: a folder
 * source is listed with a clear error and no documents. Replaced by FolderIndexer.open.
 */
import type { OpenFolderIndexer, SourceIndexer } from './indexerContract';
import { ApiFailure } from '../../../core/errors';

export const openPendingFolderIndexer: OpenFolderIndexer = async () => {
  const error = { id: 'Pengindeks folder belum tersedia di versi ini.', en: 'The folder indexer is not available in this build.' };
  const indexer: SourceIndexer = {
    start: async () => undefined,
    reindex: async () => undefined,
    cancel: () => false,
    close: async () => undefined,
    state: () => ({ status: 'error', documentCount: 0, indexedAt: null, problemCount: 0, error }),
    segments: () => [],
    documents: () => [],
    getDocument: async (key) => {
      throw new ApiFailure('not_found', key);
    },
    problems: () => [],
    filePath: () => null,
  };
  return indexer;
};
