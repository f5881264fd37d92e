/**
 * The planner's words in both UI languages, shared by the exports (Markdown, DOCX) and the UI.
 * Stage names and the three actors are LAN's (SOURCES.md); Rogers' attributes use the Indonesian
 * names of the studies SOURCES.md cites.
 */
import type { Language } from '../errors';
import type { BUDGET_SOURCES, LEVELS, MODELS, PENTAHELIX_ROLES, PLAN_STATUSES, RogersAttribute, Stage, TASK_STATUSES } from './schema';

type Words<K extends string> = Record<K, Record<Language, string>>;

export const STAGE_LABELS: Words<Stage> = {
  persiapan: { id: 'Persiapan', en: 'Preparation' },
  rencana: { id: 'Rencana dan Pengembangan', en: 'Planning and Development' },
  replikasi: { id: 'Replikasi (pelaksanaan dan monitoring)', en: 'Replication (implementation and monitoring)' },
  evaluasi: { id: 'Evaluasi', en: 'Evaluation' },
};

export const ATTRIBUTE_LABELS: Words<RogersAttribute> = {
  keuntunganRelatif: { id: 'Keuntungan relatif', en: 'Relative advantage' },
  kesesuaian: { id: 'Kesesuaian', en: 'Compatibility' },
  kerumitan: { id: 'Kerumitan', en: 'Complexity' },
  kemungkinanDicoba: { id: 'Kemungkinan dicoba', en: 'Trialability' },
  kemudahanDiamati: { id: 'Kemudahan diamati', en: 'Observability' },
};

export const TASK_STATUS_LABELS: Words<(typeof TASK_STATUSES)[number]> = {
  belum: { id: 'Belum dimulai', en: 'Not started' },
  berjalan: { id: 'Berjalan', en: 'In progress' },
  selesai: { id: 'Selesai', en: 'Done' },
  tertunda: { id: 'Tertunda', en: 'On hold' },
};

export const PLAN_STATUS_LABELS: Words<(typeof PLAN_STATUSES)[number]> = {
  draf: { id: 'Draf', en: 'Draft' },
  berjalan: { id: 'Berjalan', en: 'Running' },
  selesai: { id: 'Selesai', en: 'Completed' },
  dibatalkan: { id: 'Dibatalkan', en: 'Cancelled' },
};

export const ROLE_LABELS: Words<(typeof PENTAHELIX_ROLES)[number]> = {
  pemerintah: { id: 'Pemerintah', en: 'Government' },
  akademisi: { id: 'Akademisi', en: 'Academia' },
  'dunia-usaha': { id: 'Dunia usaha', en: 'Business' },
  masyarakat: { id: 'Masyarakat', en: 'Community' },
  media: { id: 'Media', en: 'Media' },
};

export const BUDGET_SOURCE_LABELS: Words<(typeof BUDGET_SOURCES)[number]> = {
  apbd: { id: 'APBD', en: 'APBD (regional budget)' },
  apbdes: { id: 'APBDes', en: 'APBDes (village budget)' },
  mitra: { id: 'Mitra', en: 'Partners' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const LEVEL_LABELS: Words<(typeof LEVELS)[number]> = {
  rendah: { id: 'Rendah', en: 'Low' },
  sedang: { id: 'Sedang', en: 'Medium' },
  tinggi: { id: 'Tinggi', en: 'High' },
};

export const MODEL_LABELS: Words<(typeof MODELS)[number]> = {
  mandiri: { id: 'Model Mandiri (instansi penerima mereplikasi sendiri)', en: 'Self-replication model (Model Mandiri)' },
  didampingi: { id: 'Didampingi instansi asal', en: 'Accompanied by the originating agency' },
  difasilitasi: { id: 'Difasilitasi instansi fasilitator', en: 'Facilitated by an intermediary agency' },
};

const MONTHS: Record<Language, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "3 Desember 2026" / "3 December 2026"; '' for no date. */
export function longDate(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[3])} ${MONTHS[language][Number(m[2]) - 1]} ${m[1]}` : '';
}

/** "Rp1.250.000" in the id-ID way, for both languages (rupiah are written so in either). */
export function rupiah(amount: number): string {
  return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount)}`;
}

export function formatNumber(value: number | null, language: Language): string {
  return value === null ? '–' : new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
