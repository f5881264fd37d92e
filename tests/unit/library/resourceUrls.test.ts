/** Which URLs a sanitised document or note keeps: the app's own content files, nothing from outside. */
import { describe, expect, it } from 'vitest';
import { CONTENT_URL_PREFIX, resolveImage } from '../../../core/content/links';
import { isOwnContentSrcset, isOwnContentUrl, keepUrlAttribute, OWN_CONTENT_PREFIX, OWN_SOURCES_PREFIX } from '../../../renderer/src/library/resourceUrls';

const OUTSIDE = [
  'https://evil.example/x.png',
  'http://evil.example/x.png',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'data:image/png;base64,iVBORw0KGgo=',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'app://content/../../etc/passwd',
  './__content/../index.html',
  './__content/assets/%2e%2e/%2e%2e/x.svg',
  './__content/assets/..%2fx.svg',
  './__content/assets\\..\\x.svg',
  './__content//evil.example/x.png',
  '../assets/x.svg',
  'assets/x.svg',
  ' https://evil.example/x.png',
  'x./__content/assets/x.svg',
  // A library source's files: only its assets folder, only a real source id, no way out.
  './__sources/../index.html',
  './__sources/folder-3f9a/../../index.html',
  './__sources/folder-3f9a/assets/../../../index.html',
  './__sources/folder-3f9a/assets/%2e%2e/%2e%2e/x.png',
  './__sources/folder-3f9a/assets/..%2fx.png',
  './__sources/folder-3f9a/assets\\..\\x.png',
  './__sources/folder-3f9a/assets/',
  './__sources/folder-3f9a/assets//evil.example/x.png',
  './__sources/folder-3f9a/seg-0/search-index.json',
  './__sources/folder-3f9a/documents/sop.json',
  './__sources//assets/x.png',
  './__sources/Folder-3F9A/assets/x.png',
  './__sources/folder~x/assets/x.png',
  './__sources/%66older/assets/x.png',
  'x./__sources/folder-3f9a/assets/x.png',
];

describe('own content URLs', () => {
  it('are exactly what the compiler writes for an image', () => {
    expect(OWN_CONTENT_PREFIX).toBe(CONTENT_URL_PREFIX);
    const resolved = resolveImage('../assets/peta wilayah (2026).svg', {
      file: 'praktik/a.md',
      documents: new Map(),
      idByPath: new Map(),
      assetExists: () => true,
    });
    expect(resolved).toEqual({ href: './__content/assets/peta%20wilayah%20(2026).svg' });
    expect(isOwnContentUrl((resolved as { href: string }).href)).toBe(true);
  });

  it.each(OUTSIDE)('refuses %s', (url) => {
    expect(isOwnContentUrl(url)).toBe(false);
  });

  it('include a library source’s assets, in any subfolder of its assets folder', () => {
    expect(isOwnContentUrl('./__sources/folder-3f9a/assets/gambar.png')).toBe(true);
    expect(isOwnContentUrl('./__sources/folder-3f9a/assets/lampiran/peta%20wilayah%20(2026).svg')).toBe(true);
    expect(isOwnContentUrl(`${OWN_SOURCES_PREFIX}bawaan/assets/x.svg`)).toBe(true);
    expect(isOwnContentSrcset('./__sources/folder-3f9a/assets/a.png 1x, ./__content/assets/b.png 2x')).toBe(true);
  });

  it('accepts a srcset only when every candidate is the app’s own', () => {
    expect(isOwnContentSrcset('./__content/assets/a.png 1x, ./__content/assets/b.png 2x')).toBe(true);
    expect(isOwnContentSrcset('./__content/assets/a.png 480w')).toBe(true);
    expect(isOwnContentSrcset('./__content/assets/a.png 1x, https://evil.example/b.png 2x')).toBe(false);
    expect(isOwnContentSrcset('https://evil.example/b.png')).toBe(false);
    expect(isOwnContentSrcset('./__content/assets/a.png 1x,')).toBe(false);
  });
});

describe('which attributes a document keeps', () => {
  const doc = (tag: string, name: string, value: string) => keepUrlAttribute(tag, name, value, 'own-content');

  it('keeps the app’s own images, posters, media and SVG images', () => {
    expect(doc('img', 'src', './__content/assets/peta.svg')).toBe(true);
    expect(doc('video', 'poster', './__content/assets/sampul.png')).toBe(true);
    expect(doc('source', 'src', './__content/assets/rekaman.mp4')).toBe(true);
    expect(doc('image', 'href', './__content/assets/peta.svg')).toBe(true);
    expect(doc('image', 'xlink:href', './__content/assets/peta.svg')).toBe(true);
    expect(doc('img', 'srcset', './__content/assets/a.png 2x')).toBe(true);
    expect(doc('img', 'src', './__sources/folder-3f9a/assets/gambar.png')).toBe(true);
    expect(doc('image', 'href', './__sources/folder-3f9a/assets/peta.svg')).toBe(true);
  });

  it.each(OUTSIDE)('drops %s from every fetched attribute', (url) => {
    for (const [tag, name] of [
      ['img', 'src'],
      ['video', 'src'],
      ['audio', 'src'],
      ['source', 'src'],
      ['track', 'src'],
      ['video', 'poster'],
      ['img', 'srcset'],
      ['source', 'srcset'],
      ['table', 'background'],
      ['image', 'href'],
      ['image', 'xlink:href'],
      ['feimage', 'href'],
      ['pattern', 'xlink:href'],
      ['textpath', 'href'],
    ]) {
      expect(doc(tag!, name!, url), `${tag}.${name}`).toBe(false);
    }
  });

  it('keeps references inside the same SVG', () => {
    expect(doc('textpath', 'href', '#garis')).toBe(true);
    expect(doc('rect', 'fill', 'url(#gradasi)')).toBe(true);
    expect(doc('g', 'clip-path', "url('#potong')")).toBe(true);
  });

  it('drops CSS url() to anything outside the document, however it is written', () => {
    expect(doc('rect', 'fill', 'url(https://evil.example/p.svg#g)')).toBe(false);
    expect(doc('g', 'filter', 'url( "//evil.example/f.svg#f" )')).toBe(false);
    expect(doc('g', 'mask', 'u\\rl(https://evil.example/m.svg#m)')).toBe(false);
    expect(doc('g', 'mask', 'URL(#a) url(http://evil.example/b)')).toBe(false);
  });

  it('leaves links to the link rules, but refuses ones the browser reads as another host', () => {
    expect(doc('a', 'href', 'https://jippnas.menpan.go.id/')).toBe(true);
    expect(doc('a', 'href', '#/dokumen/panduan-memilih-inovasi')).toBe(true);
    expect(doc('a', 'href', '//evil.example/')).toBe(false);
    expect(doc('a', 'href', '/\\evil.example/')).toBe(false);
    expect(doc('a', 'xlink:href', '\\\\evil.example\\x')).toBe(false);
    expect(doc('a', 'href', 'mailto:inovasi@contoh.go.id')).toBe(true);
    expect(doc('a', 'href', '#catatan-kaki-1')).toBe(true);
    expect(doc('a', 'href', './__content/assets/peta.svg')).toBe(false);
    expect(doc('a', 'href', './__sources/folder-3f9a/assets/gambar.png')).toBe(false);
    expect(doc('a', 'href', '/. /,alert(42)//#')).toBe(false);
    expect(doc('area', 'href', 'app://app/index.html')).toBe(false);
  });

  it('does not touch ordinary attributes', () => {
    expect(doc('img', 'alt', 'Peta https://contoh.go.id')).toBe(true);
    expect(doc('h2', 'id', 'ringkasan')).toBe(true);
  });
});

describe('which attributes a note keeps', () => {
  const note = (tag: string, name: string, value: string) => keepUrlAttribute(tag, name, value, 'none');

  it('fetches nothing at all, not even the library’s own files', () => {
    expect(note('video', 'src', './__content/assets/a.mp4')).toBe(false);
    expect(note('video', 'poster', './__content/assets/a.png')).toBe(false);
    expect(note('audio', 'src', 'https://evil.example/a.mp3')).toBe(false);
    expect(note('img', 'srcset', './__content/assets/a.png 1x')).toBe(false);
    expect(note('img', 'src', './__sources/folder-3f9a/assets/gambar.png')).toBe(false);
  });

  it('keeps web links for the reader to follow', () => {
    expect(note('a', 'href', 'https://jippnas.menpan.go.id/')).toBe(true);
  });
});
