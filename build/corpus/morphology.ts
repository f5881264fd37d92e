/**
 * Indonesian affixation for generated text: meN-, peN-(-an), di-, ber-, ter-, ke-an, per-an, -nya
 * and reduplication, with the usual nasal assimilation and loss of the initial k/p/t/s before a
 * vowel (kelola → mengelola, pantau → pemantauan, tata → menata, susun → penyusunan).
 */

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Roots already carrying a per- prefix: memperbaiki, mempercepat (never *memerbaiki). */
const PER_PREFIXED = /^per(baik|baru|cepat|luas|kuat|kenal|juang|timbang|hatikan|tajam|mudah|panjang)/;

/** Attaches meN- (nasal = 'me') or peN- (nasal = 'pe') to a root. */
function nasal(prefix: 'me' | 'pe', root: string): string {
  if (PER_PREFIXED.test(root)) return (prefix === 'me' ? 'mem' : 'pem') + root;
  const first = root[0] ?? '';
  const second = root[1];
  // Monosyllabic loan roots take menge-/penge-: mengecek, pengecekan.
  if (root.length <= 3 && !isVowel(root[root.length - 1])) return `${prefix}nge${root}`;
  const dropsInitial = isVowel(second);
  if (isVowel(first) || 'gh'.includes(first)) return `${prefix}ng${root}`;
  if (first === 'k') return `${prefix}ng${dropsInitial ? root.slice(1) : root}`;
  if (first === 'p') return `${prefix}m${dropsInitial ? root.slice(1) : root}`;
  if ('bfv'.includes(first)) return `${prefix}m${root}`;
  if (first === 't') return `${prefix}n${dropsInitial ? root.slice(1) : root}`;
  if ('dcjz'.includes(first)) return `${prefix}n${root}`;
  if (first === 's') return dropsInitial ? `${prefix}ny${root.slice(1)}` : `${prefix}n${root}`;
  return `${prefix}${root}`;
}

/** Active verb: meN- + root + suffix ('', 'kan', 'i'): menyiapkan, melayani, mengelola. */
export function activeVerb(root: string, suffix = ''): string {
  return nasal('me', root) + suffix;
}

/** Passive verb: di- + root + suffix: disiapkan, dilayani, dikelola. */
export function passiveVerb(root: string, suffix = ''): string {
  return `di${root}${suffix}`;
}

/** Nominalisation peN-…-an: pelayanan, pengaduan, pemantauan, penyusunan. */
export function peNan(root: string): string {
  return `${nasal('pe', root)}an`;
}

/** Agent noun peN-: pengelola, pendamping, pelaksana, pengguna. */
export function peN(root: string): string {
  return nasal('pe', root);
}

/** per-…-an: perizinan, perubahan, perencanaan, perekaman (per- + r… → per…). */
export function perAn(root: string): string {
  return `${root.startsWith('r') ? 'pe' : 'per'}${root}an`;
}

/** ke-…-an: kesehatan, keberlanjutan, kepuasan; kependudukan from the peN- noun penduduk. */
export function keAn(root: string): string {
  return `ke${root}an`;
}

/** ber-: berjalan, berkembang, berdampak; be- before r and in bekerja/belajar. */
export function ber(root: string): string {
  if (root === 'kerja') return 'bekerja';
  if (root === 'ajar') return 'belajar';
  return `${root.startsWith('r') ? 'be' : 'ber'}${root}`;
}

/** ter-: terlaksana, terpadu, terjangkau; te- before r. */
export function ter(root: string): string {
  return `${root.startsWith('r') ? 'te' : 'ter'}${root}`;
}

/** Possessive/definite -nya: pelayanannya, dampaknya. */
export function nya(word: string): string {
  return `${word}nya`;
}

/** Full reduplication for plural or variety: inovasi-inovasi, desa-desa. */
export function reduplicate(word: string): string {
  return `${word}-${word}`;
}

/** Capitalises the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
