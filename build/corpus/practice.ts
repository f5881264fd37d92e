/** Practice profiles: the nine learnable sections, in order, sized to the planned byte budget. */
import { PENTAHELIX, PRACTICE_SECTIONS } from '../../core/content/schema';
import { alert, bulletList, checklist, gfmTable, numberedSteps, quote } from './blocks';
import { Body, budgetMarks, commonFront, inline, q, scaler, type PlannedDoc } from './document';
import { capitalise as cap } from './morphology';
import { paragraph, sentence, type Topic } from './sentences';
import { AWARDS, PENTAHELIX_ACTORS, PENTAHELIX_LABELS } from './vocabulary';
import type { Writer } from './writer';

const WEIGHTS = [0.07, 0.12, 0.12, 0.17, 0.12, 0.1, 0.12, 0.08, 0.1];

const LESSONS = [
  'Mulai kecil, perluas bertahap', 'Data dasar adalah kunci', 'Libatkan warga sejak awal', 'Jadwal yang tidak ditepati merusak kepercayaan',
  'Regulasi menjaga keberlanjutan', 'Petugas garis depan perlu dilatih', 'Teknologi hanya alat', 'Catat kegagalan, bukan hanya keberhasilan',
  'Mitra perlu peran yang jelas', 'Anggaran rutin lebih penting daripada anggaran awal', 'Belajar lewat jaringan', 'Dengarkan pengaduan',
];

const SUBHEADINGS: Partial<Record<string, readonly string[]>> = {
  Masalah: ['Kondisi di Lapangan', 'Akar Masalah', 'Suara Warga'],
  Inovasi: ['Komponen Layanan', 'Apa yang Baru', 'Sasaran Layanan'],
  'Cara Kerja': ['Alur Layanan', 'Peran Petugas', 'Jadwal dan Lokasi'],
  Dampak: ['Capaian Layanan', 'Dampak bagi Warga', 'Dampak bagi Instansi'],
  Pelajaran: ['Yang Berhasil', 'Yang Perlu Diperbaiki'],
};

export interface PracticeMeta {
  pentahelix: (typeof PENTAHELIX)[number][];
  status: 'berlanjut' | 'vakum';
}

function frontMatter(w: Writer, doc: PlannedDoc, seed: number, meta: PracticeMeta, n: (max: number) => number): string {
  const { subject } = doc;
  const summary = n(2) > 1 ? `${sentence(w, 'ringkasan')} ${sentence(w, 'inovasi')}` : sentence(w, 'ringkasan');
  const tags = [doc.subject.sector, ...w.rng.sample(w.profile.tags, w.num(1, n(4))), ...(w.chance(0.4) ? ['replikasi'] : [])];
  const lines = commonFront(w, doc, 'practice', summary, tags, seed);
  lines.push(`agency: ${q(subject.agency)}`, 'region:', `  province: ${q(subject.province)}`);
  if (subject.regency) lines.push(`  regency: ${q(subject.regency)}`);
  lines.push(`year: ${subject.year}`, `sector: ${subject.sector}`);
  if (w.chance(n(2) > 1 ? 0.45 : 0.1)) lines.push(`award: ${q(`Contoh ilustratif: ${w.pick(AWARDS)} ${subject.year + w.num(0, 2)}`)}`);
  const sdgs = w.rng.sample(w.profile.sdgs, w.num(1, w.profile.sdgs.length));
  if (w.chance(0.3)) sdgs.push(w.num(1, 17));
  const replicated = w.chance(0.5) ? Array.from({ length: w.num(1, 3) }, () => w.otherRegency()) : [];
  lines.push(
    `status: ${meta.status}`,
    `sdgs: ${inline([...new Set(sdgs)])}`,
    `pentahelix: ${inline(meta.pentahelix)}`,
    `replicated_in: ${inline([...new Set(replicated)].map(q))}`,
    '---',
  );
  return lines.join('\n');
}

/** Extra material for a section once its first block is written, to reach the size budget. */
function extraBlock(w: Writer, section: string, topic: Topic, i: number): string {
  const subheads = SUBHEADINGS[section];
  if (subheads && i % 3 === 2 && w.chance(0.6)) return `### ${w.pick(subheads)}\n\n${paragraph(w, topic)}`;
  if (i % 5 === 4 && w.chance(0.5)) return `### ${cap(w.peNan())} ${w.object()}\n\n${paragraph(w, topic)}`;
  const roll = w.rng.next();
  if (roll < 0.5) return paragraph(w, topic);
  if (roll < 0.7) return bulletList(w, topic);
  if (roll < 0.8) return alert(w, topic);
  if (roll < 0.87) return quote(w, topic);
  if (section === 'Cara Kerja') return w.chance(0.5) ? numberedSteps(w) : gfmTable(w, 'jadwal');
  if (section === 'Dampak') return gfmTable(w, 'indikator');
  if (section === 'Keberlanjutan') return gfmTable(w, 'anggaran');
  return paragraph(w, topic);
}

function pentahelixList(w: Writer, members: readonly (typeof PENTAHELIX)[number][], full: boolean): string {
  return members
    .map((m) => {
      const more = full ? ` ${sentence(w, w.chance(0.5) ? 'pentahelix' : 'cara')}` : '';
      return `- **${PENTAHELIX_LABELS[m]}.** ${cap(w.pick(PENTAHELIX_ACTORS[m]))} ${w.verb()} ${w.object()}.${more}`;
    })
    .join('\n');
}

function sustainability(w: Writer, useSubheadings: boolean, n: (max: number) => number): string {
  const parts = (['regulasi', 'anggaran', 'sdm'] as const).map((topic) => {
    const label = topic === 'sdm' ? 'SDM' : cap(topic);
    const text = paragraph(w, topic, 1, n(4), 0);
    return useSubheadings ? `### ${label}\n\n${text}` : `**${label}.** ${text}`;
  });
  return parts.join('\n\n');
}

function lessons(w: Writer, n: (max: number) => number): string {
  return w.rng
    .sample(LESSONS, w.num(1, n(4)))
    .map((title) => `- **${title}.** ${sentence(w, 'pelajaran')}${n(2) > 1 ? ` ${sentence(w, 'pelajaran')}` : ''}`)
    .join('\n');
}

export function buildPractice(w: Writer, doc: PlannedDoc, seed: number): string {
  const pentahelix = ['pemerintah', ...w.rng.sample(PENTAHELIX.slice(1), w.num(1, 4))].sort(
    (a, b) => PENTAHELIX.indexOf(a as never) - PENTAHELIX.indexOf(b as never),
  ) as PracticeMeta['pentahelix'];
  const meta: PracticeMeta = { pentahelix, status: w.chance(0.8) ? 'berlanjut' : 'vakum' };
  const n = scaler(doc.targetBytes);
  const front = frontMatter(w, doc, seed, meta, n);
  const body = new Body(front.length + 2);
  const marks = budgetMarks(body.length, doc.targetBytes, WEIGHTS);
  const topics: Topic[] = ['ringkasan', 'masalah', 'inovasi', 'cara', 'dampak', 'pentahelix', 'regulasi', 'replikasi', 'pelajaran'];
  PRACTICE_SECTIONS.forEach((section, s) => {
    const topic = topics[s] as Topic;
    const mark = marks[s] ?? doc.targetBytes;
    body.heading(2, section);
    switch (section) {
      case 'Ringkasan':
        body.add(paragraph(w, topic, 1, n(4), 0));
        break;
      case 'Cara Kerja':
        body.add(paragraph(w, topic, 1, n(2), 0)).add(body.length < mark ? numberedSteps(w, 2, n(8)) : null);
        break;
      case 'Pemangku Kepentingan (Pentahelix)':
        body.add(pentahelixList(w, meta.pentahelix, n(2) > 1));
        break;
      case 'Keberlanjutan':
        body.add(sustainability(w, doc.targetBytes > 6000 && w.chance(0.7), n));
        break;
      case 'Syarat Replikasi':
        body.add(checklist(w, 'condition', 2, Math.max(2, n(6))));
        break;
      case 'Pelajaran':
        body.add(lessons(w, n)).add(w.linkSentence());
        break;
      default:
        body.add(paragraph(w, topic, 1, n(5), n(5) > 2 ? 0.15 : 0));
    }
    body.fillTo(mark, (i) => extraBlock(w, section, s === 6 ? (['regulasi', 'anggaran', 'sdm'] as const)[i % 3]! : topic, i));
  });
  return `${front}\n\n${body.toString()}`;
}
