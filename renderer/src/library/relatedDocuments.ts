import type { DocumentMeta } from '../../../core/content/schema';
import type { DocumentSummary } from '../../../core/content/types';

/**
 * Documents a reader of `doc` is likely to want next: same sector weighs most, then shared tags,
 * then the same type. Ties go to the title, so the list is stable.
 */
export function relatedDocuments<D extends DocumentSummary>(doc: DocumentMeta | DocumentSummary, all: readonly D[], limit = 4): D[] {
  const tags = new Set(doc.tags);
  const sector = doc.type === 'practice' ? doc.sector : null;
  return all
    .filter((other) => other.id !== doc.id)
    .map((other) => {
      let score = other.tags.filter((tag) => tags.has(tag)).length * 2;
      if (sector && other.type === 'practice' && other.sector === sector) score += 3;
      if (other.type === doc.type) score += 1;
      return { other, score };
    })
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, 'id'))
    .slice(0, limit)
    .map(({ other }) => other);
}
