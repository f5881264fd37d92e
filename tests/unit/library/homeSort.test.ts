import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../core/content/types';
import { homeComparator, homeSortParam, parseHomeSort, pickForHome } from '../../../renderer/src/library/home/homeSort';

const base = { summary: 'Ringkasan.', tags: [], lang: 'id' as const, illustrative: false };
const guide = (id: string, title: string, updated: string): DocumentSummary => ({ ...base, id, title, updated, type: 'guide' });
const practice = (id: string, title: string, updated: string, award?: string): DocumentSummary => ({
  ...base,
  id,
  title,
  updated,
  type: 'practice',
  agency: 'Dinas',
  region: { province: 'Bali' },
  year: 2020,
  sector: 'kesehatan',
  status: 'berlanjut',
  sdgs: [],
  ...(award ? { award } : {}),
});

const docs = [
  guide('g-old', 'Analisis', '2023-01-01'),
  guide('g-new', 'Zona', '2025-06-01'),
  guide('g-curated', 'Memilih', '2022-01-01'),
  practice('p-plain-new', 'Bank Sampah', '2025-05-01'),
  practice('p-award-old', 'Ambulans Desa', '2021-01-01', 'Top 45 KIPP 2021'),
  practice('p-plain-old', 'Cuci Tangan', '2020-01-01'),
];
const ids = (list: DocumentSummary[]) => list.map((d) => d.id);
const ordered = (sort: Parameters<typeof homeComparator>[0], recent = [] as { id: string; openedAt: string }[]) =>
  ids([...docs].sort(homeComparator(sort, recent, ['g-curated'])));

describe('home sort', () => {
  it('featured: the "Mulai di sini" collection, then award-winning practices, then the newest', () => {
    expect(ordered('featured')).toEqual(['g-curated', 'p-award-old', 'g-new', 'p-plain-new', 'g-old', 'p-plain-old']);
  });

  it('recently read: what was opened last first, then the featured order', () => {
    const recent = [
      { id: 'p-plain-old', openedAt: '2025-07-02T08:00:00Z' },
      { id: 'g-old', openedAt: '2025-07-01T08:00:00Z' },
    ];
    expect(ordered('recent', recent)).toEqual(['p-plain-old', 'g-old', 'g-curated', 'p-award-old', 'g-new', 'p-plain-new']);
  });

  it('recently updated, and A–Z with Indonesian collation', () => {
    expect(ordered('updated')).toEqual(['g-new', 'p-plain-new', 'g-old', 'g-curated', 'p-award-old', 'p-plain-old']);
    expect(ordered('title')).toEqual(['p-award-old', 'g-old', 'p-plain-new', 'p-plain-old', 'g-curated', 'g-new']);
  });

  it('picks the first few per type in one pass, the same as sorting everything', () => {
    for (const sort of ['featured', 'recent', 'updated', 'title'] as const) {
      const groups = pickForHome(docs, sort, [{ id: 'g-old', openedAt: '2025-01-01T00:00:00Z' }], ['g-curated'], 2);
      const compare = homeComparator(sort, [{ id: 'g-old', openedAt: '2025-01-01T00:00:00Z' }], ['g-curated']);
      for (const type of ['guide', 'practice'] as const) {
        const all = docs.filter((d) => d.type === type).sort(compare);
        expect(ids(groups.get(type)!.shown), `${sort} ${type}`).toEqual(ids(all.slice(0, 2)));
        expect(groups.get(type)!.count).toBe(3);
      }
      expect(groups.has('seminar')).toBe(false);
    }
  });

  it('keeps the default out of the URL and reads unknown values as the default', () => {
    expect(homeSortParam('featured')).toBeNull();
    expect(parseHomeSort(homeSortParam('updated'))).toBe('updated');
    expect(parseHomeSort('acak')).toBe('featured');
    expect(parseHomeSort(null)).toBe('featured');
  });
});
