/**
 * Bytes of a user's `.md` file → text, or the reason it cannot be read as text. Strict: a file
 * that is not valid UTF-8 is reported (with the line of the first bad byte) rather than shown with
 * replacement characters, so nothing the user wrote is silently altered.
 */
import { folderProblems } from './folderProblems';
import type { SourceProblem } from './types';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** 1-based line of the first byte that is not part of a valid UTF-8 sequence. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}

export function decodeFolderFile(bytes: Uint8Array, file: string): { text: string } | { problem: SourceProblem } {
  const relative = file.replace(/\\/g, '/');
  // A NUL byte never occurs in text a person wrote: an image or document saved as `.md`.
  if (bytes.includes(0)) return { problem: folderProblems.binary(relative) };
  let text: string;
  try {
    text = decoder.decode(bytes); // drops a leading BOM (ignoreBOM: false)
  } catch {
    return { problem: folderProblems.notUtf8(relative, lineOfFirstInvalidByte(bytes)) };
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
