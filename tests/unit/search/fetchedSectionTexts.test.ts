import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchedSectionTexts } from '../../../renderer/src/search/fetchedSectionTexts';

const files: Record<string, unknown> = {
  'http://app.test/__content/search-text/a.json': ['Ringkasan A', 'Bagian dua'],
  'http://app.test/__content/search-text/b.json': ['Ringkasan B'],
};

function stubFetch() {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    requested.push(url.href);
    const body = files[url.href];
    return body === undefined ? new Response('tidak ada', { status: 404 }) : Response.json(body);
  });
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

describe('section texts fetched for the worker', () => {
  const ids = ['a', 'b', 'hilang'];

  it('fetches only the documents asked for, once each, even when asked twice at the same time', async () => {
    const requested = stubFetch();
    const texts = new FetchedSectionTexts('http://app.test/__content/', (doc) => ids[doc]!);
    expect(texts.get(0)).toBeUndefined();
    await Promise.all([texts.load([0]), texts.load([0, 1])]);
    await texts.load([1]);
    expect(texts.get(0)).toEqual(['Ringkasan A', 'Bagian dua']);
    expect(texts.get(1)).toEqual(['Ringkasan B']);
    expect(requested.sort()).toEqual(Object.keys(files).sort());
  });

  it('leaves a missing file without text instead of failing the search', async () => {
    stubFetch();
    const texts = new FetchedSectionTexts('http://app.test/__content/', (doc) => ids[doc]!);
    await expect(texts.load([2])).resolves.toBeUndefined();
    expect(texts.get(2)).toBeUndefined();
  });
});
