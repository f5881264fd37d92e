/**
 * Searching an index built with `lunrIndonesian`, with the whole query analysed at once
 * (`analyzeQueryWords`): phrases such as "pemerintah kabupaten" are recognised, and a query made
 * only of stop words still searches.
 *
 * Query syntax, a small subset of lunr's:
 * - words are optional (any may match; more matches rank higher);
 * - "+word" requires the word, "-word" excludes it;
 * - "word*" matches terms that begin with "word" (on stems, so "inov*" finds inovasi and
 *   inovatif, but "pelay*" does not find "pelayanan", which is indexed as "layan").
 * Other lunr syntax (field:term, ~, ^) is read as plain words.
 *
 * Stop words: dropped, even when marked "+", unless every word is a stop word. Then all are kept
 * as optional terms: a stop word is never indexed as itself, so requiring one could only ever
 * empty the result, but it may be indexed as the stem of another word ("dapat" from
 * "mendapatkan").
 */
import lunr from 'lunr';
import { analyzeQueryWords } from './analysis';
import { isStopWord } from './stopwords';
import { tokenizeIndonesian } from './tokenizer';

type Presence = lunr.Query.presence;

interface QueryWord {
  readonly word: string;
  readonly presence: Presence;
  readonly prefix: boolean;
}

export interface IndonesianSearchOptions {
  /** Restrict matching to these index fields (default: all fields). */
  readonly fields?: readonly string[];
}

function parseQueryWords(queryText: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of queryText.split(/\s+/)) {
    if (chunk.length === 0) continue;
    const marker = chunk[0];
    const presence =
      marker === '+' ? lunr.Query.presence.REQUIRED : marker === '-' ? lunr.Query.presence.PROHIBITED : lunr.Query.presence.OPTIONAL;
    const body = marker === '+' || marker === '-' ? chunk.slice(1) : chunk;
    const terms = tokenizeIndonesian(body);
    terms.forEach((word, k) => {
      words.push({ word, presence, prefix: body.endsWith('*') && k === terms.length - 1 });
    });
  }
  return words;
}

/**
 * Adds the clauses for `queryText` to a lunr query (inside `index.query(q => ...)`). Terms are
 * already analysed, so every clause has `usePipeline: false`. Returns the number of clauses added.
 */
export function buildIndonesianQuery(query: lunr.Query, queryText: string, options: IndonesianSearchOptions = {}): number {
  const all = parseQueryWords(queryText);
  const onlyStopWords = all.length > 0 && all.every((w) => isStopWord(w.word));
  const words = onlyStopWords
    ? all.map((w) => (w.presence === lunr.Query.presence.REQUIRED ? { ...w, presence: lunr.Query.presence.OPTIONAL } : w))
    : all.filter((w) => !isStopWord(w.word));
  const fields = options.fields === undefined ? {} : { fields: [...options.fields] };
  const added = new Set<string>();
  const addClause = (term: string, presence: Presence, wildcard: lunr.Query.wildcard): void => {
    const key = `${presence}:${wildcard}:${term}`;
    if (added.has(key)) return;
    added.add(key);
    query.term(term, { ...fields, presence, wildcard, usePipeline: false });
  };

  for (const w of words.filter((w) => w.prefix)) {
    addClause(w.word, w.presence, lunr.Query.wildcard.TRAILING);
  }
  const analysed = words.filter((w) => !w.prefix);
  for (const entry of analyzeQueryWords(analysed.map((w) => w.word))) {
    // lunr's scoring has no per-term weight here; synonyms belong to the full-text engine only.
    if (entry.kind === 'synonym') continue;
    const source = analysed[entry.word];
    if (source === undefined) continue;
    // A term added for an abbreviation phrase is an alternative spelling, never a requirement.
    const presence = entry.added && source.presence === lunr.Query.presence.REQUIRED ? lunr.Query.presence.OPTIONAL : source.presence;
    addClause(entry.term, presence, lunr.Query.wildcard.NONE);
  }
  return added.size;
}

/**
 * Searches an index built with `lunrIndonesian`. Never throws on odd input; an empty or
 * punctuation-only query returns no results (lunr would otherwise read a query with no clauses as
 * "everything").
 */
export function searchIndonesian(index: lunr.Index, queryText: string, options: IndonesianSearchOptions = {}): lunr.Index.Result[] {
  let clauses = 0;
  const results = index.query((query) => {
    clauses = buildIndonesianQuery(query, queryText, options);
  });
  return clauses === 0 ? [] : results;
}
