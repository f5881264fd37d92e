import type { DocumentMeta, GlossaryTerm } from '../../../core/content/schema';

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export interface GlossaryMatcher {
  pattern: RegExp;
  lookup(match: string): GlossaryEntry | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for every term and alias, longest first, whole words only. */
export function buildGlossaryMatcher(documents: DocumentMeta[]): GlossaryMatcher | null {
  const byForm = new Map<string, GlossaryEntry>();
  for (const doc of documents) {
    if (doc.type !== 'glossary') continue;
    doc.terms.forEach((t: GlossaryTerm) => {
      const entry = { term: t.term, definition: t.definition };
      for (const form of [t.term, ...t.aliases]) {
        if (form.trim().length >= 2 && !byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), entry);
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
