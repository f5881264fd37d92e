import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../core/content/schema';
import { buildSearchIndex, MultiSourceSearch, SearchEngine } from '../../../core/search/fulltext';
import type { SearchSegment } from '../../../core/sources/types';
import { LoadedSegments } from '../../../renderer/src/search/loadedSegments';

const meta = (id: string, title: string): DocumentMeta => ({
  lang: 'id', updated: '2026-11-28', sources: [], illustrative: false, tags: [], id, title, summary: `Ringkasan ${title}.`, type: 'guide',
});
const files: Record<string, { id: string; title: string; text: string }[]> = {
  'seg-0': [{ id: 'folder-a~sop-ktp', title: 'SOP KTP', text: 'Perekaman KTP di kecamatan.' }],
  'seg-1': [{ id: 'folder-a~sop-kk', title: 'SOP KK', text: 'Pembuatan kartu keluarga di kecamatan.' }],
  'delta-2': [{ id: 'folder-a~sop-ktp', title: 'SOP KTP Baru', text: 'Perekaman KTP keliling di desa.' }],
};

function segment(name: string, version: string, hidden: string[] = []): SearchSegment {
  return { source: 'folder-a', name, url: `./__sources/folder-a/${name}/`, version, documentCount: 1, hidden };
}

function harness() {
  const loads: string[] = [];
  const loaded = new LoadedSegments(async (s) => {
    loads.push(`${s.name}@${s.version}`);
    if (s.name === 'rusak') throw new Error('search-index.json: HTTP 404');
    const docs = files[s.name]!.map((d) => ({ meta: meta(d.id, d.title), sections: [{ slug: 'isi', heading: 'Isi', depth: 2, text: d.text }] }));
    return SearchEngine.fromBuilt(buildSearchIndex(docs), s.source);
  });
  const bundled = SearchEngine.fromBuilt(buildSearchIndex([{ meta: meta('panduan-ktp', 'Panduan KTP'), sections: [{ slug: 'isi', heading: 'Isi', depth: 2, text: 'KTP elektronik.' }] }]));
  const search = async (text: string) => (await new MultiSourceSearch([{ key: 'bawaan', engine: bundled }, ...loaded.parts()]).search(text)).hits.map((h) => h.title);
  return { loads, loaded, search };
}

describe('the worker\'s folder segments', () => {
  it('loads new segments, reloads only those whose version changed, and forgets those that went', async () => {
    const { loads, loaded, search } = harness();
    expect(await loaded.update([segment('seg-0', 'v1'), segment('seg-1', 'v1')])).toEqual({ changed: true, failed: [] });
    expect((await search('kecamatan')).sort()).toEqual(['SOP KK', 'SOP KTP']);
    expect(await loaded.update([segment('seg-0', 'v1'), segment('seg-1', 'v1')])).toEqual({ changed: false, failed: [] });
    await loaded.update([segment('seg-0', 'v1'), segment('seg-1', 'v2')]);
    expect(loads).toEqual(['seg-0@v1', 'seg-1@v1', 'seg-1@v2']);
    await loaded.update([segment('seg-1', 'v2')]);
    expect(loaded.parts().map((p) => p.key)).toEqual(['folder-a/seg-1']);
    expect(await search('kecamatan')).toEqual(['SOP KK']);
  });

  it('applies a changed hidden list without reloading, so a superseded document disappears at once', async () => {
    const { loads, loaded, search } = harness();
    await loaded.update([segment('seg-0', 'v1')]);
    await loaded.update([segment('seg-0', 'v1', ['folder-a~sop-ktp']), segment('delta-2', 'v1')]);
    expect(loads).toEqual(['seg-0@v1', 'delta-2@v1']);
    expect(await search('perekaman')).toEqual(['SOP KTP Baru']);
  });

  it('skips a segment that fails to load; the others still answer', async () => {
    const { loaded, search } = harness();
    const result = await loaded.update([segment('rusak', 'v1'), segment('seg-1', 'v1')]);
    expect(result).toEqual({ changed: true, failed: ['folder-a/rusak'] });
    expect(await search('kartu keluarga')).toEqual(['SOP KK']);
  });

  it('runs overlapping updates one after another, loading each version once', async () => {
    const { loads, loaded } = harness();
    await Promise.all([loaded.update([segment('seg-0', 'v1')]), loaded.update([segment('seg-0', 'v1'), segment('seg-1', 'v1')])]);
    expect(loads).toEqual(['seg-0@v1', 'seg-1@v1']);
    expect(loaded.parts().map((p) => p.key)).toEqual(['folder-a/seg-0', 'folder-a/seg-1']);
  });
});
