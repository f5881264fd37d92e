/**
 * A document's identity is (source, id). It travels as one string, the document key:
 * the bundled library's documents keep their plain id (`pelayanan-ktp`), so every stored
 * reference made before sources existed still points at the same document; a document of any
 * other source is `<source>~<id>` (`folder-3f9a~sop-ktp`). `~` is safe in routes, file names
 * and JSON, and cannot occur in a source id or a document id.
 */
import { z } from 'zod';

/** The bundled library's source id. */
export const BUNDLED_SOURCE_ID = 'bawaan';

export const SOURCE_ID_PATTERN = '[a-z0-9][a-z0-9-]{0,39}';
export const DOCUMENT_ID_PATTERN = '[a-z0-9][a-z0-9-]{0,119}';
/** For embedding in other patterns (routes, deck keys). */
export const DOCUMENT_KEY_PATTERN = `(?:${SOURCE_ID_PATTERN}~)?${DOCUMENT_ID_PATTERN}`;

export const SourceIdSchema = z.string().regex(new RegExp(`^${SOURCE_ID_PATTERN}$`), 'id sumber tidak valid');
export const DocumentKeySchema = z
  .string()
  .min(1)
  .max(161)
  .regex(new RegExp(`^${DOCUMENT_KEY_PATTERN}$`), 'id dokumen hanya boleh berisi huruf kecil, angka dan tanda hubung');

export interface DocumentRef {
  source: string;
  id: string;
}

export function documentKey(source: string, id: string): string {
  return source === BUNDLED_SOURCE_ID ? id : `${source}~${id}`;
}

export function parseDocumentKey(key: string): DocumentRef {
  const at = key.indexOf('~');
  return at < 0 ? { source: BUNDLED_SOURCE_ID, id: key } : { source: key.slice(0, at), id: key.slice(at + 1) };
}
