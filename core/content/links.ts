/**
 * Where a link inside a document points. `[[doc-id]]`, `[[doc-id#heading]]`, `[[doc-id|label]]`
 * and relative `.md` links all become app routes; images become paths under the content root.
 * The build knows every document before it renders any, so broken targets are reported.
 */
export interface LinkTarget {
  title: string;
  slugs: ReadonlySet<string>;
}

export interface LinkContext {
  /** Path of the document being rendered, relative to the library root, with `/` separators. */
  file: string;
  documents: ReadonlyMap<string, LinkTarget>;
  /** Library-relative path of a Markdown file → its document id. */
  idByPath: ReadonlyMap<string, string>;
  assetExists(relativePath: string): boolean;
}

export interface LinkProblem {
  message: string;
}

export const CONTENT_URL_PREFIX = './__content/';

export function documentRoute(id: string, heading?: string): string {
  return `#/dokumen/${id}${heading ? `?bagian=${encodeURIComponent(heading)}` : ''}`;
}

/** Joins a relative path onto the folder of `from`, refusing to climb above the library root. */
export function resolveRelative(from: string, target: string): string | null {
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

export type Resolved = { href: string; title?: string } | { problem: string };

export function resolveWikiLink(raw: string, context: LinkContext): Resolved {
  const [target = '', label] = raw.split('|');
  const [id = '', heading] = target.trim().split('#');
  const doc = context.documents.get(id);
  if (!doc) return { problem: `tautan ke dokumen yang tidak ada: [[${raw}]]` };
  if (heading && !doc.slugs.has(heading)) return { problem: `tautan ke bagian yang tidak ada: [[${raw}]] (dokumen "${id}" tidak punya judul bagian "${heading}")` };
  return { href: documentRoute(id, heading), title: label?.trim() || doc.title };
}

export function resolveHref(href: string, context: LinkContext): Resolved {
  if (/^(https?:|mailto:)/i.test(href)) return { href };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { problem: `skema tautan tidak diizinkan: ${href}` };
  if (href.startsWith('#')) return { href };
  const [pathPart = '', heading] = href.split('#');
  if (!pathPart.endsWith('.md')) return { problem: `tautan relatif harus menuju berkas .md: ${href}` };
  const relative = resolveRelative(context.file, decodeURI(pathPart));
  const id = relative === null ? undefined : context.idByPath.get(relative);
  if (!id) return { problem: `tautan ke berkas yang tidak ada: ${href}` };
  const doc = context.documents.get(id);
  if (heading && doc && !doc.slugs.has(heading)) return { problem: `tautan ke bagian yang tidak ada: ${href}` };
  return { href: documentRoute(id, heading) };
}

export function resolveImage(src: string, context: LinkContext): Resolved {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { problem: `gambar harus berkas lokal di content/assets, bukan ${src.slice(0, 80)}` };
  }
  const relative = resolveRelative(context.file, decodeURI(src.split(/[?#]/)[0] ?? ''));
  if (relative === null || !context.assetExists(relative)) return { problem: `gambar tidak ditemukan: ${src}` };
  return { href: CONTENT_URL_PREFIX + relative.split('/').map(encodeURIComponent).join('/') };
}
