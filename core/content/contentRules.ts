/**
 * Library-wide rules checked at build time, beyond the schema:
 * - an illustrative (composite) document names no real region and claims no award or
 *   replication: invented results must never read as facts about a real government;
 * - tags come from the controlled list (content/tags.yml), so that a tag groups documents;
 * - an abbreviation appears only once in the glossary, the one source for search as well.
 * Pure: the build passes the region list and the tag list in.
 */
import { lineOfKey } from './frontMatter';
import type { RegionMatcher } from './regionNames';
import { SUSTAINABILITY_SUBSECTIONS, type DocumentMeta } from './schema';
import { abbreviationKeyOfEntry } from './glossaryAbbreviations';

export interface ContentRules {
  /**
   * The bundled library's editorial rules: composites claim no replication or award, and a
   * profile's Keberlanjutan has its ### Regulasi/Anggaran/SDM anchors. Off for synthetic
   * benchmark corpora, which are never shipped.
   */
  editorial?: boolean;
  /** Real region names; illustrative documents may not use them. */
  regions?: RegionMatcher;
  /** The controlled tag list; when absent, any tag is accepted. */
  allowedTags?: ReadonlySet<string>;
}

export interface RuleInput {
  text: string;
  meta: DocumentMeta;
  /** Keys written in the front matter (defaults are not written keys). */
  keys: readonly string[];
  headingTexts: readonly { depth: number; text: string }[];
}

/** Each element of sustainability gets its own anchor, so a reader's note can attach to it. */
function sustainabilityProblems(text: string, headingTexts: RuleInput['headingTexts']): { line: number; message: string }[] {
  const start = headingTexts.findIndex((h) => h.depth === 2 && h.text === 'Keberlanjutan');
  if (start === -1) return [];
  const after = headingTexts.slice(start + 1);
  const end = after.findIndex((h) => h.depth <= 2);
  const subheadings = (end === -1 ? after : after.slice(0, end)).filter((h) => h.depth === 3).map((h) => h.text);
  const absent = SUSTAINABILITY_SUBSECTIONS.filter((s) => !subheadings.includes(s));
  if (!absent.length) return [];
  return [{ line: lineOf(text, '\n## Keberlanjutan') + 1, message: `bagian Keberlanjutan perlu subjudul ### ${absent.join(', ### ')}` }];
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function ruleProblems({ text, meta, keys, headingTexts }: RuleInput, rules: ContentRules): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  if (meta.type === 'practice' && rules.editorial) problems.push(...sustainabilityProblems(text, headingTexts));
  if (meta.illustrative && rules.editorial) {
    for (const field of ['replicated_in', 'award'] as const) {
      if (keys.includes(field)) {
        problems.push({ line: lineOfKey(text, field), message: `dokumen ilustratif tidak boleh memuat "${field}": kasus gabungan tidak direplikasi dan tidak meraih penghargaan` });
      }
    }
  }
  if (meta.illustrative) {
    // Link targets are document ids ([[seminar-sesi-hub-jipp-bali]]), not place names in the text.
    const prose = text.replace(/\[\[[^\]]*\]\]|\]\([^)]*\)/g, (link) => ' '.repeat(link.length));
    for (const { label, index } of rules.regions?.find(prose) ?? []) {
      problems.push({ line: lineAt(text, index), message: `dokumen ilustratif menyebut wilayah nyata: ${label} (pakai nama fiktif)` });
    }
  }
  if (rules.allowedTags) {
    const unknown = meta.tags.filter((tag) => !rules.allowedTags!.has(tag));
    if (unknown.length) problems.push({ line: lineOfKey(text, 'tags'), message: `tag di luar daftar content/tags.yml: ${unknown.join(', ')}` });
  }
  if (meta.type === 'glossary') {
    const seen = new Map<string, string>();
    for (const term of meta.terms) {
      for (const abbreviation of term.abbreviations) {
        const key = abbreviationKeyOfEntry(abbreviation);
        const first = seen.get(key);
        if (first !== undefined) problems.push({ line: lineOf(text, `"${term.term}"`), message: `singkatan "${key}" sudah ada pada istilah "${first}"` });
        else seen.set(key, term.term);
      }
    }
  }
  return problems;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index === -1 ? 1 : lineAt(text, index);
}
