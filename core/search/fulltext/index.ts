export { buildSearchIndex, SEARCH_INDEX_VERSION, type SerializedSearchIndex } from './buildSearchIndex';
export { SearchEngine, mergeSearchResults } from './SearchEngine';
export { parseQuery } from './queryParser';
export { makeSnippet } from './snippets';
