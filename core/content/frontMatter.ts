/** Splits `---` YAML front matter from a Markdown body, keeping line numbers for diagnostics. */
import { parseDocument } from 'yaml';

export interface FrontMatterResult {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  error?: { line: number; message: string };
}

const OPENING = /^---[ \t]*\r?\n/;

export function splitFrontMatter(text: string): FrontMatterResult {
  const source = text.replace(/^\uFEFF/, '');
  if (!OPENING.test(source)) {
    return { data: null, body: source, bodyLine: 1, error: { line: 1, message: 'front matter YAML tidak ditemukan (berkas harus diawali baris ---)' } };
  }
  const lines = source.split(/\r?\n/);
  const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (closing === -1) {
    return { data: null, body: '', bodyLine: lines.length, error: { line: 1, message: 'front matter tidak ditutup dengan baris ---' } };
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // +1 for the opening `---` line: yaml counts from the first line of the YAML itself.
    const line = (firstError.linePos?.[0]?.line ?? 0) + 1;
    return { data: null, body, bodyLine: closing + 2, error: { line, message: `YAML tidak valid: ${(firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}` } };
  }
  return { data: doc.toJS(), body, bodyLine: closing + 2 };
}

/** Finds the 1-based line of a top-level key in the front matter, for pointing at a problem. */
export function lineOfKey(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
