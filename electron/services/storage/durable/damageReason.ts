/** Why a stored file could not be used, in both UI languages (shown in the start-up notice). */
import type { LocalizedDetail } from '../../../../core/errors';

export const DAMAGE = {
  checksum: { id: 'checksum tidak cocok', en: 'checksum mismatch' },
  empty: { id: 'berkas kosong', en: 'empty file' },
  envelope: { id: 'kepala berkas rusak', en: 'damaged file header' },
  json: { id: 'bukan JSON yang utuh', en: 'not intact JSON' },
  shape: { id: 'isi tidak sesuai format', en: 'contents do not match the format' },
  notNotes: { id: 'bukan berkas catatan', en: 'not a notes file' },
} satisfies Record<string, LocalizedDetail>;

export function withDetail(reason: LocalizedDetail, detail: string): LocalizedDetail {
  return detail ? { id: `${reason.id} (${detail})`, en: `${reason.en} (${detail})` } : reason;
}
