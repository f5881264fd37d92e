/**
 * `npm run gen:abbreviations`: writes the search's abbreviation table from the glossary, the one
 * source of abbreviations: the `abbreviations` of the terms in content/glosarium/glosarium.md
 * (see core/content/glossaryAbbreviations.ts) and the glossary's dictionary of abbreviations,
 * content/glosarium/singkatan.yml (several hundred agencies, taxes, programmes, documents,
 * provinces and cities, each line "SHORT | ALT = Full form | Other full form", with its sources).
 * An abbreviation is defined once: a key or short form found twice stops the generator. Run it
 * after editing either file, and commit the table it writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { compileDocument } from '../../core/content/compileDocument';
import { abbreviationTableOf, abbreviationTableSource, type AbbreviationTableEntry } from '../../core/content/glossaryAbbreviations';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const GLOSSARY_FILE = path.join(repoRoot, 'content/glosarium/glosarium.md');
export const DICTIONARY_FILE = path.join(repoRoot, 'content/glosarium/singkatan.yml');
export const TABLE_FILE = path.join(repoRoot, 'core/search/indonesian/abbreviationTable.ts');

function splitForms(side: string): string[] {
  return side.split('|').map((form) => form.trim()).filter((form) => form.length > 0);
}

/** The search key of a dictionary line: its first short form, lower case, letters, digits and hyphens only. */
function keyOf(short: string): string {
  return short.toLowerCase().replace(/[^a-z0-9-]+/g, '');
}

/** Entries of singkatan.yml; `where` names the file in messages. */
export function parseAbbreviationDictionary(text: string, where = 'singkatan.yml'): AbbreviationTableEntry[] {
  const data = parse(text) as Record<string, unknown>;
  const entries: AbbreviationTableEntry[] = [];
  for (const [section, lines] of Object.entries(data ?? {})) {
    if (!Array.isArray(lines)) throw new Error(`${where}: bagian "${section}" harus berupa daftar`);
    for (const line of lines) {
      const [shortSide, longSide, extra] = String(line).split(' = ');
      const shortForms = splitForms(shortSide ?? '');
      const longForms = splitForms(longSide ?? '');
      if (extra !== undefined || shortForms.length === 0 || longForms.length === 0) {
        throw new Error(`${where}: baris "${String(line)}" harus berbentuk "SINGKATAN = Kepanjangan"`);
      }
      entries.push({ key: keyOf(shortForms[0]!), shortForms, longForms });
    }
  }
  return entries;
}

/** Stops on a key or short form defined twice (in the glossary, the dictionary, or across them). */
export function checkDefinedOnce(entries: readonly AbbreviationTableEntry[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const names = new Set([entry.key, ...entry.shortForms.map((s) => s.toLowerCase().replace(/\s+/g, ' '))]);
    for (const name of names) {
      const other = seen.get(name);
      if (other !== undefined && other !== entry.key) throw new Error(`singkatan "${name}" didefinisikan dua kali (${other} dan ${entry.key})`);
      seen.set(name, entry.key);
    }
  }
}

/** The table source the glossary and its dictionary imply. */
export async function expectedTableSource(): Promise<string> {
  const result = compileDocument('glosarium/glosarium.md', await readFile(GLOSSARY_FILE, 'utf8'));
  if (!result.ok) throw new Error(`glosarium tidak dapat dibaca: ${result.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  const { meta } = result.document;
  if (meta.type !== 'glossary') throw new Error('glosarium.md bukan dokumen glosarium');
  const entries = [...abbreviationTableOf(meta.terms), ...parseAbbreviationDictionary(await readFile(DICTIONARY_FILE, 'utf8'))];
  checkDefinedOnce(entries);
  return abbreviationTableSource(entries).replace(
    /^\/\/ Generated from content\/glosarium\/glosarium\.md by/,
    '// Generated from content/glosarium/glosarium.md and singkatan.yml by',
  );
}

async function main() {
  const source = await expectedTableSource();
  const current = await readFile(TABLE_FILE, 'utf8').catch(() => '');
  if (current === source) {
    console.log('Tabel singkatan sudah sesuai dengan glosarium.');
    return;
  }
  await writeFile(TABLE_FILE, source);
  console.log(`Tabel singkatan ditulis ulang dari glosarium → ${path.relative(repoRoot, TABLE_FILE)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
