/**
 * How a user's Markdown file is named in the library when it does not say so itself: its id is a
 * slug of its path (`SOP/Pelayanan KTP.md` → `sop-pelayanan-ktp`), its title the file name made
 * readable (`pelayanan_ktp-2024.md` → "Pelayanan ktp 2024").
 */
import { DOCUMENT_ID_PATTERN } from './documentKey';

export const MAX_DOCUMENT_ID = 120;
const VALID_ID = new RegExp(`^${DOCUMENT_ID_PATTERN}$`);

export const isValidDocumentId = (value: unknown): value is string => typeof value === 'string' && VALID_ID.test(value);

/** `\` separators (a path typed on Windows) become `/`; a leading `./` or `/` is dropped. */
export function normaliseRelativePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}

export function withoutMarkdownExtension(path: string): string {
  return path.replace(/\.(md|markdown)$/i, '');
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** FNV-1a: a short stable tag for names that have no Latin letters or digits, or are too long. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** ASCII slug: accents folded (`Ü` → `u`), anything else that is not a letter or digit → `-`. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function documentIdFromPath(file: string): string {
  const path = withoutMarkdownExtension(normaliseRelativePath(file));
  const slug = asciiSlug(path);
  if (slug === '') return `dokumen-${shortHash(path)}`;
  if (slug.length <= MAX_DOCUMENT_ID) return slug;
  // Cut, but keep two long names that share a beginning apart.
  return `${slug.slice(0, MAX_DOCUMENT_ID - 9).replace(/-+$/, '')}-${shortHash(path)}`;
}

export function titleFromFileName(file: string): string {
  // macOS hands out decomposed names (`E` + combining accent): shown and compared composed.
  const name = withoutMarkdownExtension(baseName(normaliseRelativePath(file)))
    .normalize('NFC')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '') return 'Tanpa judul';
  return name.charAt(0).toLocaleUpperCase('id') + name.slice(1);
}
