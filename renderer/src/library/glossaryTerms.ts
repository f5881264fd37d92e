import type { DocumentMeta, GlossaryTerm } from '../../../core/content/schema';
import type { DocumentSummary } from '../../../core/content/types';

export interface GlossaryEntry {
  term: string;
  definition: string;
  /** Route of the entry on the glossary page. */
  href: string;
}

export interface GlossaryMatcher {
  pattern: RegExp;
  lookup(match: string): GlossaryEntry | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The anchor of a term on the glossary page. */
export function glossaryAnchor(term: string): string {
  return `istilah-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * Single words that are terms of art rather than everyday Indonesian, so they are worth marking
 * in running text. Other single words from the glossary ("inovasi", "berlanjut", "pengembangan",
 * "evaluasi"…) are ordinary vocabulary in this library: marking them would underline a dozen words
 * per paragraph, each a Tab stop.
 */
const TERM_WORDS = new Set([
  'adminduk', 'disdukcapil', 'kemendagri', 'pemkab', 'pemkot', 'pemprov', 'setda',
  'pentahelix', 'widyaiswara', 'pelembagaan', 'institusionalisasi',
]);

/** Everyday phrases that happen to be glossary aliases; the words around them carry the meaning. */
const COMMON_PHRASES = new Set([
  'pelayanan publik', 'layanan publik', 'perangkat daerah', 'kepala daerah', 'wali kota',
  'tatap muka', 'uji coba', 'pemangku kepentingan', 'administrasi kependudukan',
]);

/**
 * Whether a glossary form is marked in documents: abbreviations (two or more capitals: ASN, KIPP,
 * JIPPNas), names and phrases of several words, and the few single words listed above.
 */
export function isMarkableTerm(form: string): boolean {
  const lower = form.trim().toLowerCase();
  if (COMMON_PHRASES.has(lower)) return false;
  if ((form.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return true;
  if (/\s/.test(form.trim())) return true;
  return TERM_WORDS.has(lower);
}

/** One regular expression for every markable term and alias, longest first, whole words only. */
export function buildGlossaryMatcher(documents: readonly (DocumentMeta | DocumentSummary)[]): GlossaryMatcher | null {
  const byForm = new Map<string, GlossaryEntry>();
  for (const doc of documents) {
    if (doc.type !== 'glossary') continue;
    doc.terms.forEach((t: GlossaryTerm) => {
      const entry = { term: t.term, definition: t.definition, href: `/dokumen/${doc.id}?bagian=${glossaryAnchor(t.term)}` };
      for (const form of [t.term, ...t.aliases]) {
        if (form.trim().length >= 2 && isMarkableTerm(form) && !byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), entry);
      }
    });
  }
  if (byForm.size === 0) return null;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    lookup: (match) => byForm.get(match.toLowerCase()),
  };
}
