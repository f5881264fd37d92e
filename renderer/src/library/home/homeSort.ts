/**
 * The home page's order: what helps first. `featured` puts the "Mulai di sini" collection
 * first, then award-winning practices, then the most recently updated; `recent` puts what the
 * user last opened first; `updated` is newest first; `title` is A–Z. The home page shows a few
 * documents per type, so it picks the first few in one pass instead of sorting the library.
 */
import type { RecentDocument } from '../../../../core/api';
import type { DocumentType } from '../../../../core/content/schema';
import type { DocumentSummary } from '../../../../core/content/types';
import { compareTitles } from '../browse/facets';

export const HOME_SORT_KEYS = ['featured', 'recent', 'updated', 'title'] as const;
export type HomeSort = (typeof HOME_SORT_KEYS)[number];
export const HOME_SORT_PARAM = 'urut';
const PARAM_VALUES: Record<HomeSort, string> = { featured: 'unggulan', recent: 'terakhir-dibaca', updated: 'diperbarui', title: 'judul' };

export function parseHomeSort(value: string | null): HomeSort {
  return HOME_SORT_KEYS.find((key) => PARAM_VALUES[key] === value) ?? 'featured';
}

/** The query value for a sort; null for the default, so the plain home page has no query. */
export function homeSortParam(sort: HomeSort): string | null {
  return sort === 'featured' ? null : PARAM_VALUES[sort];
}

type Compare = (a: DocumentSummary, b: DocumentSummary) => number;

const byUpdated: Compare = (a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : compareTitles(a, b));

export function homeComparator(sort: HomeSort, recent: readonly RecentDocument[], startHere: readonly string[]): Compare {
  if (sort === 'title') return compareTitles;
  if (sort === 'updated') return byUpdated;
  const curated = new Map(startHere.map((id, i) => [id, i]));
  const featured: Compare = (a, b) => {
    const ca = curated.get(a.id) ?? Infinity;
    const cb = curated.get(b.id) ?? Infinity;
    if (ca !== cb) return ca < cb ? -1 : 1;
    const aa = a.type === 'practice' && a.award ? 0 : 1;
    const ab = b.type === 'practice' && b.award ? 0 : 1;
    return aa - ab || byUpdated(a, b);
  };
  if (sort === 'featured') return featured;
  const opened = new Map<string, number>();
  recent.forEach((entry, rank) => {
    if (!opened.has(entry.id)) opened.set(entry.id, rank); // the host lists the most recent first
  });
  return (a, b) => {
    const ra = opened.get(a.id) ?? Infinity;
    const rb = opened.get(b.id) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return featured(a, b);
  };
}

export interface HomeGroup {
  type: DocumentType;
  count: number;
  shown: DocumentSummary[];
}

/** Per type, how many documents there are and the first `perType` in the chosen order. */
export function pickForHome(
  docs: readonly DocumentSummary[],
  sort: HomeSort,
  recent: readonly RecentDocument[],
  startHere: readonly string[],
  perType: number,
): Map<DocumentType, HomeGroup> {
  const compare = homeComparator(sort, recent, startHere);
  const groups = new Map<DocumentType, HomeGroup>();
  for (const doc of docs) {
    let group = groups.get(doc.type);
    if (!group) groups.set(doc.type, (group = { type: doc.type, count: 0, shown: [] }));
    group.count++;
    const shown = group.shown;
    if (shown.length === perType && compare(doc, shown[perType - 1]!) >= 0) continue;
    // Insert in order; the list never grows past perType, so this stays one pass over the library.
    let at = shown.length;
    while (at > 0 && compare(doc, shown[at - 1]!) < 0) at--;
    shown.splice(at, 0, doc);
    if (shown.length > perType) shown.pop();
  }
  return groups;
}
