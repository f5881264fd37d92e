/**
 * What goes wrong when a user's own Markdown file is read, in both UI languages, as the problems
 * panel shows it (`file:line: reason`). Polite and concrete: what happened, and what to do.
 */
import type { SourceProblem } from './types';

function problem(file: string, line: number | undefined, id: string, en: string): SourceProblem {
  return line === undefined ? { file, message: { id, en } } : { file, line, message: { id, en } };
}

export const folderProblems = {
  notUtf8: (file: string, line: number) =>
    problem(
      file,
      line,
      'Berkas ini bukan teks UTF-8 yang sah. Simpan ulang sebagai UTF-8 (misalnya lewat "Simpan sebagai" di penyunting teks), lalu pustaka akan membacanya kembali.',
      'This file is not valid UTF-8 text. Save it again as UTF-8 (for example with "Save as" in your text editor) and the library will read it again.',
    ),
  binary: (file: string) =>
    problem(
      file,
      undefined,
      'Berkas ini berisi data biner, bukan teks Markdown, sehingga tidak dimasukkan ke pustaka.',
      'This file contains binary data, not Markdown text, so it was not added to the library.',
    ),
  yaml: (file: string, line: number, reason: string) =>
    problem(
      file,
      line,
      `Front matter YAML tidak dapat dibaca (${reason}). Mohon perbaiki baris ini; dokumen belum dimasukkan ke pustaka.`,
      `The YAML front matter cannot be read (${reason}). Please correct this line; the document has not been added to the library.`,
    ),
  duplicateId: (file: string, line: number | undefined, id: string, firstFile: string) =>
    problem(
      file,
      line,
      `id sama dengan berkas ${firstFile} ("${id}"). Mohon beri id lain di front matter atau ganti nama berkas; dokumen ini belum dimasukkan ke pustaka.`,
      `Same id as the file ${firstFile} ("${id}"). Please give it another id in the front matter or rename the file; this document has not been added to the library.`,
    ),
  outsideFolder: (file: string, line: number, target: string) =>
    problem(
      file,
      line,
      `Tautan atau gambar "${target}" menunjuk ke luar folder sumber, sehingga tidak ditampilkan.`,
      `The link or image "${target}" points outside the source folder, so it is not shown.`,
    ),
  missingImage: (file: string, line: number, target: string) =>
    problem(file, line, `Gambar "${target}" tidak ditemukan di folder sumber.`, `The image "${target}" was not found in the source folder.`),
  markdownFailed: (file: string, line: number) =>
    problem(
      file,
      line,
      'Isi Markdown tidak dapat diolah (misalnya bertingkat terlalu dalam); dokumen ditampilkan sebagai teks biasa.',
      'The Markdown could not be processed (for example, it is nested too deeply); the document is shown as plain text.',
    ),
  unexpected: (file: string, reason: string) =>
    problem(
      file,
      undefined,
      `Dokumen tidak dapat disusun (${reason}). Berkas Anda tidak diubah.`,
      `The document could not be built (${reason}). Your file has not been changed.`,
    ),
};
