/** What the indexer itself says about a file or a folder, in both UI languages. */
import type { LocalizedDetail } from '../../../../core/errors';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 });
const megabytesEn = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });

function reason(code: string | undefined): LocalizedDetail {
  if (code === 'EACCES' || code === 'EPERM') return { id: 'izin akses ditolak', en: 'permission denied' };
  if (code === 'EISDIR') return { id: 'ini sebuah folder', en: 'this is a folder' };
  return { id: `kesalahan baca${code ? ` ${code}` : ''}`, en: `read error${code ? ` ${code}` : ''}` };
}

export const problemMessages = {
  tooLarge: (size: number, limit: number): LocalizedDetail => ({
    id: `Berkas terlalu besar (${megabytes(size)} MB; batas ${megabytes(limit)} MB), sehingga dilewati.`,
    en: `File too large (${megabytesEn(size)} MB; the limit is ${megabytesEn(limit)} MB), so it was skipped.`,
  }),
  unreadable: (code: string | undefined): LocalizedDetail => {
    const why = reason(code);
    return { id: `Berkas tidak dapat dibaca (${why.id}).`, en: `The file could not be read (${why.en}).` };
  },
  unreadableFolder: (code: string | undefined): LocalizedDetail => {
    const why = reason(code);
    return { id: `Folder tidak dapat dibaca (${why.id}); isinya dilewati.`, en: `The folder could not be read (${why.en}); its contents were skipped.` };
  },
  compileFailed: (detail: string): LocalizedDetail => ({
    id: `Dokumen tidak dapat disusun (${detail}).`,
    en: `The document could not be compiled (${detail}).`,
  }),
  folderMissing: (root: string): LocalizedDetail => ({
    id: `Folder ${root} tidak ditemukan (mungkin diska dilepas atau jaringan terputus). Indeks terakhir tetap dipakai; pemantauan berlanjut begitu folder kembali.`,
    en: `The folder ${root} was not found (perhaps a disk was unplugged or the network is down). The last index is kept; watching resumes once the folder is back.`,
  }),
  folderUnreadable: (root: string, code: string | undefined): LocalizedDetail => {
    const why = reason(code);
    return { id: `Folder ${root} tidak dapat dibaca (${why.id}).`, en: `The folder ${root} could not be read (${why.en}).` };
  },
  indexFailed: (detail: string): LocalizedDetail => ({
    id: `Pengindeksan gagal: ${detail}. Indeks terakhir tetap dipakai.`,
    en: `Indexing failed: ${detail}. The last index is kept.`,
  }),
};
