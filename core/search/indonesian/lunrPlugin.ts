/**
 * lunr 2.3.9 plugin for Indonesian.
 *
 *   const index = lunr(function () {
 *     this.use(lunrIndonesian);
 *     this.ref('id');
 *     this.field('title');
 *     this.field('body');
 *     documents.forEach((doc) => this.add(doc));
 *   });
 *
 * (or `builder.use(lunrIndonesian)` on a `new lunr.Builder()`). It installs:
 * - a tokenizer that keeps hyphenated words, folds diacritics and records each term's offsets in
 *   the original field text (lunr's default splits on hyphens; see tokenizer.ts). It is set on
 *   the builder only: lunr's global `lunr.tokenizer.separator` is left alone;
 * - the index pipeline: trimmer → stop words → abbreviation/compound expansion → stemmer;
 * - the search pipeline: trimmer → stop words → abbreviation expansion → stemmer.
 * Every function is registered with `lunr.Pipeline.registerFunction` under a stable
 * "indonesian-…" name when this module loads, so an index serialized with JSON.stringify loads
 * again with `lunr.Index.load` wherever this module has been imported first (build step in Node,
 * search worker in the renderer).
 *
 * Query time. lunr's own `index.search(text)` runs the search pipeline on one query term at a
 * time, so it cannot see phrases ("pemerintah kabupaten") or know whether a query is made only
 * of stop words. Prefer `searchIndonesian` (search.ts), which analyses the whole query with
 * `indonesianQueryTerms`. `index.search` still works for single words and, unlike plain lunr with
 * a stop-word filter, does not throw on a required stop word ("+yang"): lunr 2.3.9 throws a
 * TypeError when the first required clause yields no term, so at query time a stop word (or an
 * empty term) becomes NO_MATCH_TERM, a term no document contains, and the clause simply matches
 * nothing.
 */
import lunr from 'lunr';
import { addedTermsAt, type AddedTerm } from './analysis';
import type { ExpansionMode } from './abbreviations';
import { openCompoundAt } from './compounds';
import { stemIndonesian } from './stemmer';
import { isStopWord } from './stopwords';
import { tokenizeIndonesian, tokenizeIndonesianWithOffsets } from './tokenizer';

/** A query term that cannot occur in any index (the tokenizer never produces a control character). */
export const NO_MATCH_TERM = '\u0000';

type Metadata = Record<string, unknown>;

/** lunr.Token keeps its metadata in a `metadata` field that @types/lunr does not declare. */
function metadataOf(token: lunr.Token): Metadata {
  return (token as unknown as { metadata?: Metadata }).metadata ?? {};
}

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number';
}

function tokenizeForLunr(obj?: unknown, metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const base = (metadata ?? {}) as Metadata;
  if (Array.isArray(obj)) {
    return obj
      .flatMap((element: unknown) => tokenizeIndonesian(element === null || element === undefined ? '' : String(element)))
      .map((term, index) => new lunr.Token(term, { ...base, index }));
  }
  return tokenizeIndonesianWithOffsets(String(obj)).map(
    (span, index) => new lunr.Token(span.term, { ...base, position: [span.start, span.end - span.start], index }),
  );
}

/** The builder tokenizer installed by the plugin (`separator` only documents what separates terms). */
export const indonesianTokenizer: typeof lunr.tokenizer = Object.assign(tokenizeForLunr, {
  separator: /[^\p{L}\p{N}]+/u,
});

/** Re-tokenizes a term (a query term from lunr's lexer may hold punctuation or several words). */
function trimmer(ifEmpty: 'drop' | 'noMatch'): lunr.PipelineFunction {
  return (token) => {
    const terms = tokenizeIndonesian(token.toString());
    const [first, ...rest] = terms;
    if (first === undefined) return ifEmpty === 'drop' ? null : token.update(() => NO_MATCH_TERM);
    if (rest.length === 0) return token.update(() => first);
    return terms.map((term) => token.clone(() => term));
  };
}

/**
 * Drops stop words, and adds the closed form of an open compound starting here (compounds.ts),
 * positioned over both words: this runs before stop words go because the second word of a compound
 * may be one ("kerja sama").
 */
const indexStopWordFilter: lunr.PipelineFunction = (token, i, tokens) => {
  const keep = !isStopWord(token.toString());
  const compound = openCompoundAt(termsOf(tokens), i);
  if (compound === undefined) return keep ? token : null;
  const closed = addedToken({ term: compound.closed, span: 2, kind: 'compound' }, token, tokens[i + 1]);
  return keep ? [token, closed] : closed;
};

const queryStopWordFilter: lunr.PipelineFunction = (token) =>
  isStopWord(token.toString()) ? token.update(() => NO_MATCH_TERM) : token;

const termsOfStream = new WeakMap<lunr.Token[], string[]>();

/** The strings of a pipeline stage's token array, computed once per array. */
function termsOf(tokens: lunr.Token[]): string[] {
  let terms = termsOfStream.get(tokens);
  if (terms === undefined) {
    terms = tokens.map((token) => token.toString());
    termsOfStream.set(tokens, terms);
  }
  return terms;
}

/** A token for an added term, positioned over the whole phrase it was added for. */
function addedToken(added: AddedTerm, first: lunr.Token, last: lunr.Token | undefined): lunr.Token {
  const metadata: Metadata = { ...metadataOf(first) };
  const from = metadata.position;
  const to = last === undefined ? undefined : metadataOf(last).position;
  if (added.span > 1 && isPosition(from) && isPosition(to)) {
    metadata.position = [from[0], to[0] + to[1] - from[0]];
  }
  return new lunr.Token(added.term, metadata);
}

function expansion(mode: ExpansionMode): lunr.PipelineFunction {
  return (token, i, tokens) => {
    if (token.toString() === NO_MATCH_TERM) return token;
    const added = addedTermsAt(termsOf(tokens), i, mode);
    if (added.length === 0) return token;
    return [token, ...added.map((a) => addedToken(a, token, tokens[i + a.span - 1]))];
  };
}

const stemmer: lunr.PipelineFunction = (token) =>
  token.update((term) => (term === NO_MATCH_TERM ? term : stemIndonesian(term)));

function register(fn: lunr.PipelineFunction, label: string): lunr.PipelineFunction {
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> })
    .registeredFunctions;
  if (registry[label] === undefined) {
    lunr.Pipeline.registerFunction(fn, label);
  } else {
    // Loaded twice (hot reload, two bundles): replace quietly instead of lunr's console warning.
    (fn as lunr.PipelineFunction & { label?: string }).label = label;
    registry[label] = fn;
  }
  return fn;
}

/** Stable names: they are written into serialized indexes, never rename them. */
export const PIPELINE_FUNCTION_NAMES = {
  trimmer: 'indonesian-trimmer',
  stopWordFilter: 'indonesian-stop-word-filter',
  expansion: 'indonesian-expansion',
  stemmer: 'indonesian-stemmer',
  queryTrimmer: 'indonesian-query-trimmer',
  queryStopWordFilter: 'indonesian-query-stop-word-filter',
  queryExpansion: 'indonesian-query-expansion',
} as const;

const INDEX_FUNCTIONS: lunr.PipelineFunction[] = [
  register(trimmer('drop'), PIPELINE_FUNCTION_NAMES.trimmer),
  register(indexStopWordFilter, PIPELINE_FUNCTION_NAMES.stopWordFilter),
  register(expansion('index'), PIPELINE_FUNCTION_NAMES.expansion),
  register(stemmer, PIPELINE_FUNCTION_NAMES.stemmer),
];

const SEARCH_FUNCTIONS: lunr.PipelineFunction[] = [
  register(trimmer('noMatch'), PIPELINE_FUNCTION_NAMES.queryTrimmer),
  register(queryStopWordFilter, PIPELINE_FUNCTION_NAMES.queryStopWordFilter),
  register(expansion('query'), PIPELINE_FUNCTION_NAMES.queryExpansion),
  stemmer,
];

/** The lunr plugin: Indonesian tokenizer, index pipeline and search pipeline (see the top of this file). */
export function lunrIndonesian(builder: lunr.Builder): void {
  builder.tokenizer = indonesianTokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(...INDEX_FUNCTIONS);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(...SEARCH_FUNCTIONS);
}

const indexPipeline = new lunr.Pipeline();
indexPipeline.add(...INDEX_FUNCTIONS);

/**
 * Index-time analysis of a text: exactly the terms the plugin's tokenizer and index pipeline give
 * lunr for it (stems, abbreviation keys and full-form words, compound parts), in order.
 */
export function analyzeIndonesian(text: string): string[] {
  return indexPipeline.run(tokenizeForLunr(text)).map((token) => token.toString());
}

export { indonesianQueryTerms } from './analysis';
