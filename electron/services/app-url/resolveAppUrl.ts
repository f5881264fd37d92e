/**
 * Maps an `app://<root>/<path>` URL to a file inside that root, and refuses everything else.
 * Lexical checks first (cheap, no I/O), then a realpath check so a symlink inside the root cannot
 * point outside it. Pure Node: the main process and the e2e host both use it.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export type AppUrlResolution =
  | { ok: true; filePath: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

export interface AppUrlRoots {
  /** host name → absolute folder, e.g. { app: '/…/out/renderer', content: '/…/content' } */
  [host: string]: string;
}

const DEFAULT_DOCUMENT = 'index.html';

/**
 * Documents refer to their images as `./__content/…` relative to the app page, which works on
 * every transport; this maps such a URL on the app host to the content host.
 */
export const CONTENT_PATH_PREFIX = '/__content/';

export function routeContentUrl(url: string): string {
  const marker = `app://app${CONTENT_PATH_PREFIX}`;
  return url.startsWith(marker) ? `app://content/${url.slice(marker.length)}` : url;
}

/**
 * A library source's compiled files (search segments, images) are `./__sources/<source>/…`
 * relative to the app page; they live in the user-data cache, served from the `sources` root.
 */
export const SOURCES_PATH_PREFIX = '/__sources/';

/** Routes `./__content/…` to the content root and `./__sources/…` to the sources root. */
export function routeAppUrl(url: string): string {
  const marker = `app://app${SOURCES_PATH_PREFIX}`;
  return url.startsWith(marker) ? `app://sources/${url.slice(marker.length)}` : routeContentUrl(url);
}

/** Percent-decodes repeatedly until stable, so `%252e%252e` cannot sneak past one decode. */
function fullyDecode(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

export function resolveAppPathLexically(url: string, roots: AppUrlRoots, scheme = 'app:'): AppUrlResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'malformed url' };
  }
  if (parsed.protocol !== scheme) return { ok: false, status: 403, reason: 'wrong scheme' };
  if (parsed.username || parsed.password || parsed.port) return { ok: false, status: 403, reason: 'credentials or port' };
  const root = Object.prototype.hasOwnProperty.call(roots, parsed.hostname) ? roots[parsed.hostname] : undefined;
  if (!root) return { ok: false, status: 404, reason: 'unknown host' };

  // The raw path as written: URL parsing already collapsed plain `..`, so look at the original too.
  const prefix = `${parsed.protocol}//${parsed.host}`;
  const afterHost = url.toLowerCase().startsWith(prefix.toLowerCase()) ? url.slice(prefix.length) : parsed.pathname;
  const rawPath = afterHost.split(/[?#]/)[0] ?? '';
  const decoded = fullyDecode(rawPath);
  if (decoded === null) return { ok: false, status: 400, reason: 'bad encoding' };
  if (/[\0\\]/.test(decoded) || /[\x00-\x1f]/.test(decoded)) return { ok: false, status: 400, reason: 'control or backslash' };
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:/.test(s) || s.startsWith('~'))) {
    return { ok: false, status: 403, reason: 'traversal' };
  }
  const relative = segments.length === 0 ? DEFAULT_DOCUMENT : segments.join('/');
  const absoluteRoot = path.resolve(root);
  const filePath = path.resolve(absoluteRoot, relative);
  if (filePath !== absoluteRoot && !filePath.startsWith(absoluteRoot + path.sep)) {
    return { ok: false, status: 403, reason: 'outside root' };
  }
  return { ok: true, filePath };
}

/** The full check: lexical confinement, then the real path (symlinks resolved) must stay inside. */
export async function resolveAppUrl(url: string, roots: AppUrlRoots, scheme = 'app:'): Promise<AppUrlResolution> {
  const lexical = resolveAppPathLexically(url, roots, scheme);
  if (!lexical.ok) return lexical;
  const host = new URL(url).hostname;
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(path.resolve(roots[host] as string));
    realFile = await realpath(lexical.filePath);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) {
    return { ok: false, status: 403, reason: 'symlink escape' };
  }
  return { ok: true, filePath: realFile };
}
