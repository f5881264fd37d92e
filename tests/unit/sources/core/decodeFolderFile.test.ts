import { describe, expect, it } from 'vitest';
import { decodeFolderFile } from '../../../../core/sources/decodeFolderFile';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeFolderFile: a file from a user folder read as text', () => {
  it('reads UTF-8 with Indonesian and other scripts unchanged', () => {
    expect(decodeFolderFile(bytes('# Pelayanan KTP — café 日本\n'), 'a.md')).toEqual({ text: '# Pelayanan KTP — café 日本\n' });
  });

  it('drops the byte-order mark Windows editors write and turns CRLF and lone CR into line feeds', () => {
    const result = decodeFolderFile(bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: Judul\r\n---\r\nIsi\rLagi'), 'SOP\\catatan.md');
    expect(result).toEqual({ text: '---\ntitle: Judul\n---\nIsi\nLagi' });
  });

  it('refuses invalid UTF-8 (a file saved as Windows-1252) with the line of the first bad byte, in both languages', () => {
    // "Jalan Café" in Windows-1252 on line 3: 0xE9 is not valid UTF-8 there.
    const result = decodeFolderFile(bytes('# Alamat\n\nJalan Caf', [0xe9], '\n'), 'SOP/alamat.md');
    expect(result).toEqual({
      problem: {
        file: 'SOP/alamat.md',
        line: 3,
        message: {
          id: expect.stringContaining('bukan teks UTF-8 yang sah'),
          en: expect.stringContaining('not valid UTF-8'),
        },
      },
    });
  });

  it('reports a binary file named .md (an image renamed) as binary, not as bad text', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = decodeFolderFile(png, 'gambar.md');
    expect(result).toEqual({
      problem: { file: 'gambar.md', message: { id: expect.stringContaining('data biner'), en: expect.stringContaining('binary data') } },
    });
  });

  it('reports a file path given with Windows separators with `/`', () => {
    const result = decodeFolderFile(bytes([0x00]), 'Arsip\\Lama\\x.md');
    expect('problem' in result && result.problem.file).toBe('Arsip/Lama/x.md');
  });
});
