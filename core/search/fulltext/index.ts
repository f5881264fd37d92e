export { buildSearchIndex, SEARCH_INDEX_VERSION, type BuiltSearchIndex, type SerializedSearchIndex } from './buildSearchIndex';
export { SearchEngine, mergeSearchResults, type CollectionStats } from './SearchEngine';
export { parseQuery } from './queryParser';
export { makeSnippet, snippetMatcher, type SnippetMatcher } from './snippets';
export { InMemorySectionTexts, type SectionTextSource } from './sectionTexts';
export { MultiSourceSearch, type SearchPart } from './MultiSourceSearch';
