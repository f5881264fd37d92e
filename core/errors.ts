/**
 * Expected failures cross every transport as data, never as thrown errors with stacks.
 * Each code carries its message in both UI languages so the renderer can show the one it needs.
 */
export type Language = 'id' | 'en';

export const ERROR_MESSAGES = {
  invalid_input: {
    id: 'Permintaan tidak valid: {detail}',
    en: 'Invalid request: {detail}',
  },
  unknown_channel: {
    id: 'Perintah "{detail}" tidak dikenal oleh aplikasi.',
    en: 'The app does not know the command "{detail}".',
  },
  not_found: {
    id: 'Dokumen "{detail}" tidak ditemukan di pustaka.',
    en: 'Document "{detail}" was not found in the library.',
  },
  storage_failed: {
    id: 'Perubahan tidak dapat disimpan ke folder data aplikasi: {detail}. Perubahan Anda belum tersimpan; silakan coba lagi.',
    en: 'The change could not be saved to the app’s data folder: {detail}. Your change has not been saved; please try again.',
  },
  library_unreadable: {
    id: 'Berkas pustaka tidak dapat dibaca: {detail}',
    en: 'The library files could not be read: {detail}',
  },
  pack_not_found: {
    id: 'Paket sesi "{detail}" tidak ditemukan. Mungkin paket itu sudah dihapus.',
    en: 'Session pack "{detail}" was not found. It may have been deleted.',
  },
  pack_read_only: {
    id: 'Paket sesi "{detail}" adalah paket bawaan aplikasi sehingga tidak dapat diubah atau dihapus. Gandakan paket itu bila Anda ingin menyesuaikan isinya.',
    en: 'Session pack "{detail}" ships with the app, so it cannot be changed or deleted. Duplicate it if you want to adapt it.',
  },
  pack_import_invalid: {
    id: 'Berkas paket sesi tidak dapat dibaca: {detail}. Tidak ada data yang diubah.',
    en: 'The session pack file could not be read: {detail}. No data was changed.',
  },
  notes_save_failed: {
    id: 'Catatan tidak dapat disimpan: {detail}. Tulisan Anda masih ada di layar; silakan coba lagi.',
    en: 'Your notes could not be saved: {detail}. What you wrote is still on screen; please try again.',
  },
  notes_read_only: {
    id: 'Berkas catatan dibuat oleh versi aplikasi yang lebih baru, sehingga hanya dapat dibaca. Perbarui aplikasi untuk mengubah catatan.',
    en: 'The notes file was written by a newer version of the app, so it is read-only. Update the app to change your notes.',
  },
  notes_not_found: {
    id: 'Catatan "{detail}" tidak ditemukan; mungkin sudah dihapus.',
    en: 'Note "{detail}" was not found; it may have been deleted.',
  },
  import_invalid: {
    id: 'Berkas tidak dapat diimpor ({detail}). Tidak ada catatan yang diubah.',
    en: 'The file could not be imported ({detail}). No notes were changed.',
  },
  notes_unavailable: {
    id: 'Catatan tidak dapat disimpan saat ini: {detail}. Catatan yang sudah ada tetap aman dan dapat dibaca; penyimpanan akan berjalan lagi dengan sendirinya setelah masalahnya teratasi.',
    en: 'Notes cannot be saved right now: {detail}. Your existing notes are safe and can be read; saving resumes by itself once the problem is solved.',
  },
  backup_not_found: {
    id: 'Cadangan "{detail}" tidak dapat dipulihkan. Catatan Anda tidak diubah.',
    en: 'Backup "{detail}" could not be restored. Your notes were not changed.',
  },
  source_not_found: {
    id: 'Sumber pustaka "{detail}" tidak ditemukan. Mungkin sumber itu sudah dihapus.',
    en: 'Library source "{detail}" was not found. It may have been removed.',
  },
  source_read_only: {
    id: 'Pustaka bawaan aplikasi tidak dapat diubah namanya atau dihapus. Anda dapat menyembunyikannya dari pencarian dan daftar.',
    en: 'The library that ships with the app cannot be renamed or removed. You can hide it from search and browsing.',
  },
  source_folder_invalid: {
    id: 'Folder tidak dapat ditambahkan sebagai sumber pustaka: {detail}. Tidak ada yang diubah.',
    en: 'The folder could not be added as a library source: {detail}. Nothing was changed.',
  },
  plan_not_found: {
    id: 'Rencana replikasi "{detail}" tidak ditemukan. Mungkin rencana itu sudah dihapus.',
    en: 'Replication plan "{detail}" was not found. It may have been deleted.',
  },
  plan_invalid: {
    id: 'Rencana tidak dapat disimpan: {detail}. Perubahan Anda masih ada di layar; silakan perbaiki lalu simpan lagi.',
    en: 'The plan could not be saved: {detail}. Your changes are still on screen; please correct them and save again.',
  },
  plan_import_invalid: {
    id: 'Berkas rencana tidak dapat diimpor: {detail}. Tidak ada rencana yang diubah.',
    en: 'The plan file could not be imported: {detail}. No plan was changed.',
  },
  internal: {
    id: 'Terjadi kesalahan di dalam aplikasi. Silakan coba lagi.',
    en: 'Something went wrong inside the app. Please try again.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ErrorCode;
  /** In the language the UI currently uses. */
  message: string;
  /** Both languages, so a language switch can re-render an error already shown. */
  messages: Record<Language, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A detail is either language-neutral (a name, a number, a file) or given in both UI languages. */
export type LocalizedDetail = Record<Language, string>;
export type ErrorDetail = string | LocalizedDetail;

export function makeApiError(code: ErrorCode, language: Language, detail: ErrorDetail = ''): ApiError {
  const fill = (template: string, lang: Language) => template.replace('{detail}', () => (typeof detail === 'string' ? detail : detail[lang]));
  const messages = { id: fill(ERROR_MESSAGES[code].id, 'id'), en: fill(ERROR_MESSAGES[code].en, 'en') };
  return { code, message: messages[language], messages };
}

/** Thrown by handlers for an expected failure; the dispatcher turns it into `{ ok: false }`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: ErrorDetail = '',
  ) {
    super(`${code}: ${typeof detail === 'string' ? detail : detail.en}`);
    this.name = 'ApiFailure';
  }
}
