/**
 * Full forms of abbreviations written with other affixes than the table's ("layanan terpadu satu
 * pintu" for "Pelayanan Terpadu Satu Pintu", "pemerintahan kabupaten"): matched on stems, so a
 * document that writes the full form in any inflection carries the abbreviation's key and counts
 * as containing the abbreviation for "all words". Installed into abbreviations.ts when this module
 * loads (analysis.ts imports it); kept apart because abbreviations.ts may not import the stemmer.
 */
import { longFormsOfTable, useInflectedFullForms, type LongForm } from './abbreviations';
import { stemIndonesian } from './stemmer';

interface StemmedForm {
  readonly stems: readonly string[];
  readonly form: LongForm;
}

let byFirstStem: Map<string, StemmedForm[]> | undefined;

function formsByFirstStem(): Map<string, StemmedForm[]> {
  if (byFirstStem) return byFirstStem;
  byFirstStem = new Map();
  for (const form of longFormsOfTable()) {
    const stems = form.terms.map(stemIndonesian);
    const list = byFirstStem.get(stems[0]!) ?? [];
    list.push({ stems, form });
    byFirstStem.set(stems[0]!, list);
  }
  return byFirstStem;
}

function inflectedFullFormsAt(terms: readonly string[], position: number): LongForm[] {
  const first = terms[position];
  if (first === undefined) return [];
  const candidates = formsByFirstStem().get(stemIndonesian(first));
  if (candidates === undefined) return [];
  return candidates
    .filter(({ stems }) =>
      stems.every((stem, k) => {
        const term = terms[position + k];
        return term !== undefined && stemIndonesian(term) === stem;
      }),
    )
    .map(({ form }) => form);
}

useInflectedFullForms(inflectedFullFormsAt);
