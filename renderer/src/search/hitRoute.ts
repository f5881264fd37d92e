import type { DocumentHit, SectionHit } from '../../../core/search/types';

/** Where a hit opens: the document, scrolled to the section, with the query's words marked. */
export function hitRoute(hit: Pick<DocumentHit, 'id'> & Partial<Pick<DocumentHit, 'source'>>, section: Pick<SectionHit, 'slug'> | undefined, stems: string[]): string {
  // A free-standing note belongs to no document: it opens on the Notes page.
  if (hit.source === 'notes' && !hit.id) return `/catatan${section?.slug ? `?catatan=${encodeURIComponent(section.slug)}` : ''}`;
  const params = new URLSearchParams();
  if (section?.slug) params.set('bagian', section.slug);
  if (stems.length) params.set('sorot', stems.join(' '));
  const query = params.toString();
  return `/dokumen/${hit.id}${query ? `?${query}` : ''}`;
}
