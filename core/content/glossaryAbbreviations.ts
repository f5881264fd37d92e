/**
 * The glossary is the one source of the abbreviations search understands: a term's
 * `abbreviations` (short spellings and full forms) become the entries of the search's
 * abbreviation table. `npm run gen:abbreviations` writes that table
 * (core/search/indonesian/abbreviationTable.ts) from content/glosarium; a unit test fails when
 * the committed table no longer matches the glossary.
 */
import type { GlossaryAbbreviation, GlossaryTerm } from './schema';

export interface AbbreviationTableEntry {
  key: string;
  shortForms: string[];
  longForms: string[];
}

/** The search key: the given `key`, else the first short form in lower case without spaces. */
export function abbreviationKeyOfEntry(abbreviation: GlossaryAbbreviation): string {
  return abbreviation.key ?? (abbreviation.short[0] ?? '').toLowerCase().replace(/\s+/g, '');
}

export function abbreviationTableOf(terms: readonly GlossaryTerm[]): AbbreviationTableEntry[] {
  return terms.flatMap((term) =>
    term.abbreviations.map((abbreviation) => ({
      key: abbreviationKeyOfEntry(abbreviation),
      shortForms: [...abbreviation.short],
      longForms: [...abbreviation.long],
    })),
  );
}

/** The TypeScript source of the generated table, byte for byte what the generator writes. */
export function abbreviationTableSource(entries: readonly AbbreviationTableEntry[]): string {
  const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const lines = entries.map((e) => `  { key: ${JSON.stringify(e.key)}, shortForms: ${list(e.shortForms)}, longForms: ${list(e.longForms)} },`);
  return [
    '// Generated from content/glosarium/glosarium.md by `npm run gen:abbreviations`. Do not edit:',
    '// add or change a term\'s `abbreviations` in the glossary, then run the generator.',
    "import type { AbbreviationEntry } from './abbreviations';",
    '',
    'export const ABBREVIATION_TABLE: readonly AbbreviationEntry[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
