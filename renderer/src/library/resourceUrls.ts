/**
 * Which URLs a sanitised document or note may keep. Pure (no DOM), so it is unit-tested in Node;
 * the DOMPurify hooks in sanitizeHtml.ts and renderNoteMarkdown.ts apply it to every attribute.
 *
 * A link's href is for the reader to follow (external links go through a confirmation), so links
 * keep web and in-app addresses. Everything the browser would fetch by itself (an image, a video
 * poster, a srcset candidate, an SVG image or reference, a CSS url()) may only be one of the app's
 * own content files: the compiler writes those as `./__content/<path>` (core/content/links.ts),
 * which the app:// resolver and the test host both serve, or an asset of one of the user's
 * library sources, `./__sources/<source>/assets/<path>` (served from the compiled cache). Anything
 * else — http:, https:, //host, data:, file:, javascript:, blob:, a path climbing out with `..`,
 * a source's index files — is dropped.
 */
import { SOURCE_ID_PATTERN } from '../../../core/sources/documentKey';

/** Where the compiler puts every asset reference (CONTENT_URL_PREFIX in core/content/links.ts). */
export const OWN_CONTENT_PREFIX = './__content/';

/** Where a library source's assets are served: `./__sources/<source>/assets/<path>`. */
export const OWN_SOURCES_PREFIX = './__sources/';
const SOURCE_ID = new RegExp(`^${SOURCE_ID_PATTERN}$`);

/** One path segment as encodeURIComponent writes it: unreserved characters and %XX escapes. */
const SEGMENT = /^(?:[A-Za-z0-9_.!~*'()-]|%[0-9A-Fa-f]{2})+$/;
/** Escapes that would turn into a dot, a slash or a backslash once the server decodes them. */
const ENCODED_SEPARATOR = /%(?:2e|2f|5c|00)/i;

/**
 * An asset the compiler wrote: `./__content/assets/x.svg`, or a source's
 * `./__sources/folder-3f9a/assets/x.png`; nothing before it, no way out of it.
 */
export function isOwnContentUrl(value: string): boolean {
  const url = value.trim();
  if (ENCODED_SEPARATOR.test(url)) return false;
  let segments: string[];
  if (url.startsWith(OWN_CONTENT_PREFIX)) segments = url.slice(OWN_CONTENT_PREFIX.length).split('/');
  else if (url.startsWith(OWN_SOURCES_PREFIX)) {
    // Only a source's assets folder: its search index and documents are for the app, not the page.
    const [source = '', folder, ...rest] = url.slice(OWN_SOURCES_PREFIX.length).split('/');
    if (!SOURCE_ID.test(source) || folder !== 'assets' || rest.length === 0) return false;
    segments = rest;
  } else return false;
  return segments.every((segment) => segment !== '.' && segment !== '..' && SEGMENT.test(segment));
}

/** A reference to something inside the same SVG or page (`#gradient-1`): fetches nothing. */
export function isFragmentReference(value: string): boolean {
  return /^#[A-Za-z_][\w.:-]*$/.test(value.trim());
}

/** `a.png 1x, b.png 2x`: every candidate must be one of the app's own files. */
export function isOwnContentSrcset(value: string): boolean {
  const candidates = value.split(',').map((c) => c.trim());
  if (candidates.length === 0 || candidates.some((c) => c === '')) return false;
  return candidates.every((candidate) => {
    const [url = '', descriptor, ...rest] = candidate.split(/\s+/);
    return rest.length === 0 && (descriptor === undefined || /^\d+(?:\.\d+)?[wx]$/.test(descriptor)) && isOwnContentUrl(url);
  });
}

/** Every `url(...)` in a value points inside the document (`url(#clip)`), or there is none. */
function onlyFragmentUrls(value: string): boolean {
  const compact = value.replace(/\\/g, '');
  const pattern = /url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi;
  const targets = [...compact.matchAll(pattern)].map((match) => match[2] ?? '');
  const mentions = (compact.match(/url\s*\(/gi) ?? []).length;
  return mentions === targets.length && targets.every((target) => isFragmentReference(target));
}

/** Attributes holding an address that is fetched, or at least not a link for the reader to follow. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'cite', 'data', 'codebase', 'manifest', 'action', 'formaction', 'ping']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const LINK_TAGS = new Set(['a', 'area']);

/**
 * `own-content`: resources may be the app's own content files and its sources' assets (library documents).
 * `none`: no resource at all (notes, which have no files of their own).
 */
export type ResourcePolicy = 'own-content' | 'none';

/** False when the attribute must go. Names are lower case, as DOMPurify hands them over. */
export function keepUrlAttribute(tag: string, name: string, value: string, policy: ResourcePolicy): boolean {
  const allowResource = (url: string) => policy === 'own-content' && isOwnContentUrl(url);
  if (/url\s*\(/i.test(value.replace(/\\/g, '')) && !onlyFragmentUrls(value)) return false;
  if (name === 'href' || name === 'xlink:href') {
    if (LINK_TAGS.has(tag)) return isFollowableLink(value);
    // An SVG <image>, <feImage>, <pattern>, <textPath>…: fetched or referenced, never followed.
    return isFragmentReference(value) || allowResource(value);
  }
  if (SRCSET_ATTRIBUTES.has(name)) return policy === 'own-content' && isOwnContentSrcset(value);
  if (RESOURCE_ATTRIBUTES.has(name)) return allowResource(value);
  return true;
}

/**
 * A link the reader may follow: a web address (opened in the system browser after the reader
 * confirms), an e-mail address, or a place inside the app (`#/dokumen/…`, `#bagian`). That is all
 * the compiler writes. Relative paths are refused: `//evil.example`, `/\evil.example` and
 * `\\evil.example` are other hosts to the browser, and `./__content/x.svg` would take the window
 * to a bare file with no app around it.
 */
export function isFollowableLink(value: string): boolean {
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^(?:https?:\/\/[^/\\]|mailto:|#)/i.test(compact) && !compact.includes('\\');
}
