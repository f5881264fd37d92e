import { describe, expect, it } from 'vitest';
import { isAppEntryUrl } from '../../../electron/services/security/navigationPolicy';

const PACKAGED = ['app://app/index.html'];
const DEVELOPMENT = ['app://app/index.html', 'http://localhost:5173'];

describe('where an app window may go', () => {
  it.each([
    'app://app/index.html',
    'app://app/index.html#/',
    'app://app/index.html#/baca/pelayanan-terpadu',
    'app://app/index.html#/tampil/dek-1?jendela=1',
    'app://app/./index.html#/catatan',
  ])('stays on the app page: %s', (url) => {
    expect(isAppEntryUrl(url, PACKAGED)).toBe(true);
  });

  it.each([
    ['a raw image from a document', 'app://app/__content/assets/x.svg'],
    ['a raw content file', 'app://content/assets/x.svg'],
    ['a compiled data file', 'app://app/content/library.json'],
    ['a script of the app itself', 'app://app/assets/index.js'],
    ['the app folder without the page', 'app://app/'],
    ['the page with a query string', 'app://app/index.html?x=1#/'],
    ['the page with credentials', 'app://user:pw@app/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a web site', 'https://example.org/index.html'],
    ['a local file', 'file:///work/out/renderer/index.html'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'index.html'],
    ['the dev server in a packaged build', 'http://localhost:5173/#/'],
  ])('refuses %s', (_what, url) => {
    expect(isAppEntryUrl(url, PACKAGED)).toBe(false);
  });

  it("allows electron-vite's dev server page only when it is the development entry", () => {
    expect(isAppEntryUrl('http://localhost:5173/#/catatan', DEVELOPMENT)).toBe(true);
    expect(isAppEntryUrl('http://localhost:5173/src/main.tsx', DEVELOPMENT)).toBe(false);
    expect(isAppEntryUrl('http://localhost:5174/#/', DEVELOPMENT)).toBe(false);
    expect(isAppEntryUrl('app://app/__content/assets/x.svg', DEVELOPMENT)).toBe(false);
  });
});
