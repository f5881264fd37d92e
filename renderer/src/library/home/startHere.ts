/** The curated "Mulai di sini" collection (content/mulai-di-sini.json): bundled document ids, in order. */
import collection from '../../../../content/mulai-di-sini.json';

export const START_HERE_IDS: readonly string[] = collection.documents;
