import { describe, expect, it } from 'vitest';
import type { DocumentSummary, PracticeSummary } from '../../../core/content/types';
import {
  applyFilters,
  computeFacets,
  emptyFilters,
  parseFilters,
  serializeFilters,
  sortDocuments,
  toggleFilter,
  type BrowseFilters,
  type Facet,
  type FacetKey,
} from '../../../renderer/src/library/browse/facets';

const common = { tags: [], lang: 'id' as const, updated: '2024-01-01', illustrative: false, summary: 'Ringkasan dokumen uji.' };

function practice(id: string, title: string, extra: Partial<PracticeSummary> = {}): DocumentSummary {
  return {
    ...common,
    id,
    title,
    type: 'practice',
    agency: 'Dinas Uji',
    region: { province: 'Jawa Barat' },
    year: 2020,
    sector: 'kesehatan',
    status: 'berlanjut',
    sdgs: [],
    ...extra,
  };
}

function guide(id: string, title: string): DocumentSummary {
  return { ...common, id, title, type: 'guide' };
}

function seminar(id: string, title: string): DocumentSummary {
  return {
    ...common,
    id,
    title,
    type: 'seminar',
    presentable: false,
  };
}

const docs: DocumentSummary[] = [
  practice('p-sehat-jabar', 'Posyandu Digital', { sector: 'kesehatan', region: { province: 'Jawa Barat' }, year: 2019, sdgs: [3, 5] }),
  practice('p-sehat-maluku', 'Perahu Sehat', { sector: 'kesehatan', region: { province: 'Maluku' }, year: 2017, status: 'vakum', sdgs: [3] }),
  practice('p-didik-jabar', 'Gerakan Kembali Bersekolah', { sector: 'pendidikan', region: { province: 'Jawa Barat' }, year: 2021, sdgs: [4, 5] }),
  practice('p-adminduk-aceh', 'Akta Lahir Pulang Bersama Bayi', { sector: 'administrasi-kependudukan', region: { province: 'Aceh' }, year: 2021, sdgs: [16] }),
  guide('g-rencana', 'Menyusun Rencana Replikasi'),
  guide('g-memilih', 'Memilih Inovasi'),
  seminar('s-pembukaan', 'Sesi Pembukaan'),
];

function filters(partial: Partial<BrowseFilters>): BrowseFilters {
  return { ...emptyFilters(), ...partial };
}

function facet(facets: Facet[], key: FacetKey): Facet {
  const found = facets.find((f) => f.key === key);
  if (!found) throw new Error(`no facet ${key}`);
  return found;
}

function counts(facets: Facet[], key: FacetKey): Record<string, number> {
  return Object.fromEntries(facet(facets, key).values.map((v) => [v.value, v.count]));
}

const ids = (list: DocumentSummary[]) => list.map((d) => d.id);

describe('applyFilters', () => {
  it('returns everything without filters', () => {
    expect(applyFilters(docs, emptyFilters())).toHaveLength(docs.length);
  });

  it('ORs values within one facet', () => {
    expect(ids(applyFilters(docs, filters({ sector: ['kesehatan', 'pendidikan'] })))).toEqual([
      'p-sehat-jabar',
      'p-sehat-maluku',
      'p-didik-jabar',
    ]);
    expect(ids(applyFilters(docs, filters({ type: ['guide', 'seminar'] })))).toEqual(['g-rencana', 'g-memilih', 's-pembukaan']);
  });

  it('ANDs different facets', () => {
    expect(ids(applyFilters(docs, filters({ sector: ['kesehatan'], province: ['Jawa Barat'] })))).toEqual(['p-sehat-jabar']);
    expect(ids(applyFilters(docs, filters({ sector: ['kesehatan'], status: ['vakum'] })))).toEqual(['p-sehat-maluku']);
  });

  it('matches a practice on any of its SDGs', () => {
    expect(ids(applyFilters(docs, filters({ sdg: ['5'] })))).toEqual(['p-sehat-jabar', 'p-didik-jabar']);
    expect(ids(applyFilters(docs, filters({ sdg: ['5', '16'] })))).toEqual(['p-sehat-jabar', 'p-didik-jabar', 'p-adminduk-aceh']);
  });

  it('leaves out documents that lack a filtered field (a guide has no sector)', () => {
    expect(ids(applyFilters(docs, filters({ year: ['2021'] })))).toEqual(['p-didik-jabar', 'p-adminduk-aceh']);
    expect(applyFilters(docs, filters({ type: ['guide'], sector: ['kesehatan'] }))).toEqual([]);
  });
});

describe('computeFacets', () => {
  it('counts every value over the whole library when nothing is chosen', () => {
    const facets = computeFacets(docs, emptyFilters());
    expect(counts(facets, 'type')).toEqual({ practice: 4, seminar: 1, guide: 2 });
    expect(counts(facets, 'source')).toEqual({ bawaan: 7 });
    expect(counts(facets, 'sector')).toEqual({ kesehatan: 2, pendidikan: 1, 'administrasi-kependudukan': 1 });
    expect(counts(facets, 'province')).toEqual({ Aceh: 1, 'Jawa Barat': 2, Maluku: 1 });
    expect(counts(facets, 'year')).toEqual({ '2021': 2, '2019': 1, '2017': 1 });
    expect(counts(facets, 'status')).toEqual({ berlanjut: 3, vakum: 1 });
    expect(counts(facets, 'sdg')).toEqual({ '3': 2, '4': 1, '5': 2, '16': 1 });
    expect(facets.every((f) => f.applicable)).toBe(true);
  });

  it("keeps a facet's own counts free of its own selection, so one can switch within it", () => {
    const facets = computeFacets(docs, filters({ sector: ['kesehatan'] }));
    expect(counts(facets, 'sector')).toEqual({ kesehatan: 2, pendidikan: 1, 'administrasi-kependudukan': 1 });
    expect(facet(facets, 'sector').values.find((v) => v.value === 'kesehatan')?.selected).toBe(true);
  });

  it("narrows the other facets' counts by the active filters", () => {
    const facets = computeFacets(docs, filters({ sector: ['kesehatan'] }));
    expect(counts(facets, 'type')).toEqual({ practice: 2, seminar: 0, guide: 0 });
    expect(counts(facets, 'province')).toEqual({ Aceh: 0, 'Jawa Barat': 1, Maluku: 1 });
    expect(counts(facets, 'status')).toEqual({ berlanjut: 1, vakum: 1 });

    const both = computeFacets(docs, filters({ sector: ['kesehatan'], province: ['Jawa Barat'] }));
    expect(counts(both, 'sector')).toEqual({ kesehatan: 1, pendidikan: 1, 'administrasi-kependudukan': 0 });
    expect(counts(both, 'province')).toEqual({ Aceh: 0, 'Jawa Barat': 1, Maluku: 1 });
    expect(counts(both, 'year')).toEqual({ '2021': 0, '2019': 1, '2017': 0 });
  });

  it('agrees with applyFilters: ticking a value yields exactly its count', () => {
    const active = filters({ type: ['practice'], province: ['Jawa Barat'] });
    for (const f of computeFacets(docs, active)) {
      for (const v of f.values) {
        if (v.selected) continue;
        const ticked = toggleFilter(active, f.key, v.value);
        const withOnlyThis = { ...ticked, [f.key]: [v.value] };
        expect(applyFilters(docs, withOnlyThis), `${f.key}=${v.value}`).toHaveLength(v.count);
      }
    }
  });

  it('marks practice-only facets as not applicable when only other types are chosen', () => {
    const facets = computeFacets(docs, filters({ type: ['guide'] }));
    for (const key of ['sector', 'province', 'year', 'status', 'sdg'] as const) {
      expect(facet(facets, key).applicable, key).toBe(false);
      expect(facet(facets, key).values.every((v) => v.count === 0)).toBe(true);
    }
    expect(facet(facets, 'type').applicable).toBe(true);
    expect(counts(facets, 'type')).toEqual({ practice: 4, seminar: 1, guide: 2 });
  });

  it('keeps a selected value the library lacks, so it can be unticked', () => {
    const facets = computeFacets(docs, filters({ sector: ['pariwisata'] }));
    expect(facet(facets, 'sector').values.find((v) => v.value === 'pariwisata')).toEqual({ value: 'pariwisata', count: 0, selected: true });
  });

  it('orders values predictably: types and statuses by schema, years newest first, SDGs by number, provinces A–Z', () => {
    const facets = computeFacets(docs, emptyFilters());
    const order = (key: FacetKey) => facet(facets, key).values.map((v) => v.value);
    expect(order('type')).toEqual(['practice', 'seminar', 'guide']);
    expect(order('status')).toEqual(['berlanjut', 'vakum']);
    expect(order('year')).toEqual(['2021', '2019', '2017']);
    expect(order('sdg')).toEqual(['3', '4', '5', '16']);
    expect(order('province')).toEqual(['Aceh', 'Jawa Barat', 'Maluku']);
  });
});

describe('toggleFilter', () => {
  it('adds and removes a value without touching the original', () => {
    const start = emptyFilters();
    const on = toggleFilter(start, 'sector', 'kesehatan');
    expect(on.sector).toEqual(['kesehatan']);
    expect(start.sector).toEqual([]);
    expect(toggleFilter(on, 'sector', 'kesehatan').sector).toEqual([]);
  });
});

describe('sortDocuments', () => {
  it('sorts by title with Indonesian collation', () => {
    const list = [guide('a', 'zebra'), guide('b', 'Ábaca'), guide('c', 'apel'), guide('d', 'Bandung')];
    expect(sortDocuments(list, 'title').map((d) => d.title)).toEqual(['Ábaca', 'apel', 'Bandung', 'zebra']);
    const expected = [...list].sort((x, y) => x.title.localeCompare(y.title, 'id')).map((d) => d.title);
    expect(sortDocuments(list, 'title').map((d) => d.title)).toEqual(expected);
  });

  it('sorts by year, newest first, with documents without a year last (by title)', () => {
    expect(ids(sortDocuments(docs, 'year'))).toEqual([
      'p-adminduk-aceh', // 2021, "Akta…" before "Gerakan…"
      'p-didik-jabar',
      'p-sehat-jabar', // 2019
      'p-sehat-maluku', // 2017
      'g-memilih', // no year: by title
      'g-rencana',
      's-pembukaan',
    ]);
  });

  it('sorts by recent reading, most recent first, never-read documents after by title', () => {
    const recent = [
      { id: 'g-rencana', openedAt: '2024-05-03T10:00:00.000Z' },
      { id: 'p-sehat-maluku', openedAt: '2024-05-02T10:00:00.000Z' },
      { id: 'no-longer-in-library', openedAt: '2024-05-01T10:00:00.000Z' },
    ];
    // Deliberately unordered input to show the timestamps, not the list order, decide.
    expect(ids(sortDocuments(docs, 'recent', [recent[1]!, recent[0]!, recent[2]!]))).toEqual([
      'g-rencana',
      'p-sehat-maluku',
      'p-adminduk-aceh', // never read: by title
      'p-didik-jabar',
      'g-memilih',
      'p-sehat-jabar',
      's-pembukaan',
    ]);
  });

  it('breaks equal timestamps by the order the host gave (most recent first)', () => {
    const at = '2024-05-03T10:00:00.000Z';
    const recent = [
      { id: 's-pembukaan', openedAt: at },
      { id: 'g-memilih', openedAt: at },
    ];
    expect(ids(sortDocuments(docs, 'recent', recent)).slice(0, 2)).toEqual(['s-pembukaan', 'g-memilih']);
  });

  it('falls back to titles when nothing has been read', () => {
    expect(ids(sortDocuments(docs, 'recent', []))).toEqual(ids(sortDocuments(docs, 'title')));
  });

  it('does not change its input', () => {
    const copy = [...docs];
    sortDocuments(docs, 'year');
    expect(docs).toEqual(copy);
  });
});

describe('parseFilters / serializeFilters', () => {
  it('reads the documented example', () => {
    const state = parseFilters(new URLSearchParams('jenis=practice&sektor=kesehatan&urut=tahun'));
    expect(state.sort).toBe('year');
    expect(state.filters).toEqual(filters({ type: ['practice'], sector: ['kesehatan'] }));
  });

  it('reads repeated values, provinces with spaces, years, statuses and SDGs', () => {
    const params = new URLSearchParams();
    params.append('provinsi', 'Jawa Barat');
    params.append('provinsi', 'DI Yogyakarta');
    params.append('tahun', '2019');
    params.append('status', 'vakum');
    params.append('sdg', '03');
    params.append('sdg', '16');
    params.set('urut', 'terakhir-dibaca');
    const state = parseFilters(params);
    expect(state.filters.province).toEqual(['Jawa Barat', 'DI Yogyakarta']);
    expect(state.filters.year).toEqual(['2019']);
    expect(state.filters.status).toEqual(['vakum']);
    expect(state.filters.sdg).toEqual(['3', '16']);
    expect(state.sort).toBe('recent');
  });

  it('drops unknown, malformed and duplicate values, and unknown sorts', () => {
    const state = parseFilters(
      new URLSearchParams('jenis=buku&jenis=guide&jenis=guide&sektor=bukan-sektor&tahun=20x1&status=aktif&sdg=18&sdg=0&provinsi=%20%20&urut=acak&lain=1'),
    );
    expect(state.filters).toEqual(filters({ type: ['guide'] }));
    expect(state.sort).toBe('title');
  });

  it('gives the defaults for an empty query', () => {
    expect(parseFilters(new URLSearchParams())).toEqual({ filters: emptyFilters(), sort: 'title', query: '' });
  });

  it('writes a canonical query: fixed facet order, values in display order, no default sort', () => {
    const params = serializeFilters({
      filters: filters({ sdg: ['16', '3'], sector: ['kesehatan'], type: ['guide', 'practice'] }),
      sort: 'title',
      query: '',
    });
    expect(params.toString()).toBe('jenis=practice&jenis=guide&sektor=kesehatan&sdg=3&sdg=16');
    expect(serializeFilters({ filters: emptyFilters(), sort: 'year', query: '' }).toString()).toBe('urut=tahun');
    expect(serializeFilters({ filters: emptyFilters(), sort: 'title', query: '' }).toString()).toBe('');
    expect(serializeFilters({ filters: emptyFilters(), sort: 'title', query: '  posyandu   jawa ' }).toString()).toBe('q=posyandu+jawa');
  });

  it('round-trips', () => {
    const state = {
      filters: filters({
        type: ['practice'],
        sector: ['administrasi-kependudukan'],
        province: ['Nusa Tenggara Barat'],
        year: ['2021', '2019'],
        status: ['berlanjut'],
        sdg: ['5'],
      }),
      sort: 'recent' as const,
      query: 'bank sampah',
    };
    const back = parseFilters(new URLSearchParams(serializeFilters(state).toString()));
    expect(back.sort).toBe('recent');
    expect(back.query).toBe('bank sampah');
    expect(back.filters).toEqual({ ...state.filters, year: ['2021', '2019'] });
  });
});
