/**
 * `npm run gen:abbreviations`: writes the search's abbreviation table from the glossary, the one
 * source of abbreviations (see core/content/glossaryAbbreviations.ts). Run it after adding or
 * changing a term's `abbreviations`, and commit the table it writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDocument } from '../../core/content/compileDocument';
import { abbreviationTableOf, abbreviationTableSource } from '../../core/content/glossaryAbbreviations';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const GLOSSARY_FILE = path.join(repoRoot, 'content/glosarium/glosarium.md');
export const TABLE_FILE = path.join(repoRoot, 'core/search/indonesian/abbreviationTable.ts');

/** The table source the glossary implies. */
export async function expectedTableSource(): Promise<string> {
  const result = compileDocument('glosarium/glosarium.md', await readFile(GLOSSARY_FILE, 'utf8'));
  if (!result.ok) throw new Error(`glosarium tidak dapat dibaca: ${result.problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  const { meta } = result.document;
  if (meta.type !== 'glossary') throw new Error('glosarium.md bukan dokumen glosarium');
  return abbreviationTableSource(abbreviationTableOf(meta.terms));
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
