/**
 * The controlled tag list (content/tags.yml): every tag a document may carry, with what it
 * groups. A tag used once groups nothing, so documents pick from this list instead of coining
 * tags; `--strict` rejects any other tag.
 */
import { parseDocument } from 'yaml';

export type TagListResult = { ok: true; tags: Map<string, string> } | { ok: false; line: number; message: string };

export function parseTagList(text: string): TagListResult {
  const document = parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (error) return { ok: false, line: (error.linePos?.[0]?.line ?? 1), message: `YAML tidak valid: ${error.message}` };
  const data: unknown = document.toJS();
  const tags = (data as { tags?: unknown } | null)?.tags;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
    return { ok: false, line: 1, message: 'daftar tag harus berupa "tags:" berisi pasangan tag: keterangan' };
  }
  const result = new Map<string, string>();
  for (const [tag, description] of Object.entries(tags)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(tag)) return { ok: false, line: lineOf(text, tag), message: `tag "${tag}" harus huruf kecil, angka dan tanda hubung` };
    if (typeof description !== 'string' || description.length < 3) return { ok: false, line: lineOf(text, tag), message: `tag "${tag}" perlu keterangan singkat` };
    result.set(tag, description);
  }
  return { ok: true, tags: result };
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(`${needle}:`);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}
