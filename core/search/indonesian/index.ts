/**
 * Indonesian full-text analysis for lunr 2.3.9: tokenizer, Tala stop words, a dictionary-free
 * confix-stripping stemmer, an abbreviation map, and the lunr plugin that ties them together.
 * Pure TypeScript (no Node, DOM or Electron APIs): runs in the build step and in a Web Worker.
 *
 * Importing this module registers the pipeline functions with lunr, which `lunr.Index.load` needs
 * to load a serialized index: import it before loading one.
 */
export { tokenizeIndonesian, tokenizeIndonesianWithOffsets, foldDiacritics, type TermSpan } from './tokenizer';
export { INDONESIAN_STOP_WORDS, isStopWord, removeStopWords } from './stopwords';
export { stemIndonesian, isReduplication } from './stemmer';
export { PROTECTED_WORDS, ROOT_EXCEPTIONS } from './protectedWords';
export { KNOWN_ROOTS } from './knownRoots';
export {
  ABBREVIATIONS,
  abbreviationKeyOf,
  normalizePhrase,
  type AbbreviationEntry,
  type ExpansionMode,
} from './abbreviations';
export { analyzeQueryWords, indonesianQueryTerms, type QueryTerm, type QueryTermKind } from './analysis';
export { compoundOf, openCompoundAt, type Compound } from './compounds';
export { isSpellingVariantWord, spellingVariantsOf } from './spellingVariants';
export { synonymsOf, SYNONYM_WEIGHT, type Synonym } from './synonyms';
export { isQueryFiller } from './questions';
export {
  lunrIndonesian,
  analyzeIndonesian,
  indonesianTokenizer,
  NO_MATCH_TERM,
  PIPELINE_FUNCTION_NAMES,
} from './lunrPlugin';
export { searchIndonesian, buildIndonesianQuery, type IndonesianSearchOptions } from './search';
