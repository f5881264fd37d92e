/**
 * Indonesian government abbreviations and their full forms, so that either form finds both.
 *
 * The table comes from the glossary (content/glosarium/glosarium.md): each term's
 * `abbreviations` give the short spellings and full forms, and `npm run gen:abbreviations` writes
 * them to abbreviationTable.ts. A term added to the glossary is thus understood by search too.
 *
 * How matching works (the design choice):
 * - Every entry has ONE key term, e.g. "disdukcapil". The key is what ties the forms together.
 * - Index time: wherever a short form ("Disdukcapil", "Satpol PP") OR a full form ("Dinas
 *   Kependudukan dan Pencatatan Sipil") occurs, the key is added to the token stream at that
 *   place. A short form also adds the words of the full form (stemmed later, like any word) and the
 *   keys of abbreviations nested in it (KemenPANRB → "panrb", "rb"), so a document that only says
 *   "Disdukcapil" is found by "kependudukan" too.
 * - Query time: a short form needs nothing more, because its key IS the term every matching
 *   document carries; a full form in the query adds the key, so "dinas kependudukan dan pencatatan
 *   sipil" also finds documents that only write "Disdukcapil". Expanding a short query into loose
 *   full-form words instead would make "disdukcapil" match every text containing "dinas" or "sipil".
 * - Full forms are matched as PHRASES: consecutive terms of the token stream, never loose words
 *   scattered through a text. Phrases are normalised exactly like the text they are compared with
 *   (tokenizer, then Tala stop words removed), so "Dinas Kependudukan dan Pencatatan Sipil",
 *   "Dinas Kependudukan & Pencatatan Sipil" and "dinas kependudukan, pencatatan sipil" all match.
 * - Keys and single-word short forms are never stemmed (see protectedWords.ts).
 */
import { ABBREVIATION_TABLE } from './abbreviationTable';
import { isStopWord } from './stopwords';
import { tokenizeIndonesian } from './tokenizer';

export interface AbbreviationEntry {
  /** The one index term standing for the concept: lower-case, a single token, never stemmed. */
  readonly key: string;
  /** Abbreviated spellings as people write them; the key is always accepted as well. */
  readonly shortForms: readonly string[];
  /** Full forms; the first is the one added at index time when a short form is seen. */
  readonly longForms: readonly string[];
}

/** Generated from the glossary, the one source of abbreviations (see abbreviationTable.ts). */
export const ABBREVIATIONS: readonly AbbreviationEntry[] = ABBREVIATION_TABLE;

export type ExpansionMode = 'index' | 'query';

/** A phrase found in a term stream: how many terms it spans and which terms it adds. */
export interface AbbreviationMatch {
  readonly length: number;
  readonly terms: readonly string[];
}

interface CompiledForm {
  readonly terms: readonly string[];
  readonly isShort: boolean;
  readonly entry: CompiledEntry;
}

interface CompiledEntry {
  readonly key: string;
  readonly expansion: readonly string[];
  impliedKeys: readonly string[];
}

/** Normalises a phrase the way a text is analysed before expansion: tokenize, drop stop words. */
export function normalizePhrase(phrase: string): string[] {
  return tokenizeIndonesian(phrase).filter((term) => !isStopWord(term));
}

const FORMS_BY_FIRST_TERM = new Map<string, CompiledForm[]>();
const COMPILED_ENTRIES: CompiledEntry[] = [];

function addForm(form: CompiledForm): void {
  const first = form.terms[0];
  if (first === undefined) return;
  const list = FORMS_BY_FIRST_TERM.get(first) ?? [];
  const spelling = form.terms.join(' ');
  // "ktp-el" is both the key and the normalised "KTP-el": keep one form per spelling and entry.
  if (list.some((other) => other.entry === form.entry && other.terms.join(' ') === spelling)) return;
  list.push(form);
  list.sort((a, b) => b.terms.length - a.terms.length);
  FORMS_BY_FIRST_TERM.set(first, list);
}

for (const entry of ABBREVIATIONS) {
  const longForms = entry.longForms.map(normalizePhrase);
  const compiled: CompiledEntry = { key: entry.key, expansion: longForms[0] ?? [], impliedKeys: [] };
  COMPILED_ENTRIES.push(compiled);
  for (const short of [entry.key, ...entry.shortForms]) addForm({ terms: normalizePhrase(short), isShort: true, entry: compiled });
  for (const terms of longForms) addForm({ terms, isShort: false, entry: compiled });
}

function formsAt(terms: readonly string[], position: number): CompiledForm[] {
  const first = terms[position];
  if (first === undefined) return [];
  const candidates = FORMS_BY_FIRST_TERM.get(first) ?? [];
  return candidates.filter((form) => form.terms.every((term, k) => terms[position + k] === term));
}

// Keys of the abbreviations nested inside each full form (KemenPANRB's full form contains PANRB's
// and RB's), added alongside a short form at index time.
for (const entry of COMPILED_ENTRIES) {
  const nested = new Set<string>();
  for (let position = 0; position < entry.expansion.length; position++) {
    for (const form of formsAt(entry.expansion, position)) {
      if (form.entry !== entry) nested.add(form.entry.key);
    }
  }
  entry.impliedKeys = [...nested];
}

/** A full form of several words, as the table writes it (normalised), for inflected matching. */
export interface LongForm {
  readonly terms: readonly string[];
}

/** Every full form of two words or more. */
export function longFormsOfTable(): LongForm[] {
  return [...FORMS_BY_FIRST_TERM.values()].flat().filter((form) => !form.isShort && form.terms.length >= 2);
}

type InflectedFormsAt = (terms: readonly string[], position: number) => readonly LongForm[];
let inflectedFormsAt: InflectedFormsAt | undefined;

/**
 * Installs the matcher of full forms written with other affixes (abbreviationInflections.ts). It
 * lives apart because it needs the stemmer, which imports this module through protectedWords.ts.
 */
export function useInflectedFullForms(matcher: InflectedFormsAt): void {
  inflectedFormsAt = matcher;
}

/** Every key and every single-term short form: terms that must never be stemmed. */
export const ABBREVIATION_TERMS: ReadonlySet<string> = new Set(
  [...FORMS_BY_FIRST_TERM.values()]
    .flat()
    .filter((form) => form.isShort && form.terms.length === 1)
    .flatMap((form) => [form.entry.key, ...form.terms]),
);

/**
 * The abbreviation phrases that start at `position` in a stream of analysed terms (stop words
 * already removed), with the terms to add for each; see the top of this file for what is added in
 * each mode. The matched terms themselves stay in the stream; only additions are returned.
 */
export function abbreviationMatchesAt(
  terms: readonly string[],
  position: number,
  mode: ExpansionMode,
): AbbreviationMatch[] {
  const matches: AbbreviationMatch[] = [];
  const exact = formsAt(terms, position);
  const inflected = (inflectedFormsAt?.(terms, position) ?? []).filter((form) => !exact.includes(form as CompiledForm));
  for (const form of [...exact, ...(inflected as CompiledForm[])]) {
    const { entry } = form;
    const isTheKeyItself = form.terms.length === 1 && form.terms[0] === entry.key;
    const added: string[] = isTheKeyItself ? [] : [entry.key];
    if (mode === 'index' && form.isShort) added.push(...entry.expansion, ...entry.impliedKeys);
    if (added.length > 0) matches.push({ length: form.terms.length, terms: added });
  }
  return matches;
}

/** The key for an abbreviation written as one term ("Disdukcapil" → "disdukcapil"), if any. */
export function abbreviationKeyOf(term: string): string | undefined {
  return formsAt([term], 0).find((form) => form.isShort && form.terms.length === 1)?.entry.key;
}
