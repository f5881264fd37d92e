/** Guides: step-by-step stages, each with a task-list checklist the reader can tick. */
import { alert, bulletList, checklist, fillInTemplate, gfmTable } from './blocks';
import { Body, budgetMarks, commonFront, q, scaler, type PlannedDoc } from './document';
import { capitalise as cap } from './morphology';
import { paragraph, sentence } from './sentences';
import { AUDIENCES } from './vocabulary';
import { titleCase, type Writer } from './writer';

const MISTAKES = [
  'Tujuan berupa kegiatan', 'Langsung berlaku di seluruh wilayah', 'Kunjungan belajar tanpa tindak lanjut', 'Jadwal mengabaikan siklus anggaran',
  'Pelembagaan ditunda sampai akhir', 'Mitra hanya diundang saat peluncuran', 'Data dasar tidak dicatat', 'Petugas tidak dilatih',
];

function frontMatter(w: Writer, doc: PlannedDoc, seed: number): string {
  const summary = `Panduan langkah demi langkah untuk ${w.peNan()} ${w.object()} dan ${w.peNan()} ${w.service()}. ${sentence(w, 'panduan')}`;
  const tags = ['panduan', doc.subject.sector, ...w.rng.sample(w.profile.tags, w.num(1, 3)), w.pick(['replikasi', 'rencana-kerja', 'evaluasi', 'pentahelix'])];
  const lines = commonFront(w, doc, 'guide', summary, tags, seed);
  lines.push(`duration: ${q(`Penyusunan ${w.num(1, 3)}–${w.num(4, 8)} minggu`)}`, `audience: ${q(w.pick(AUDIENCES))}`, '---');
  return lines.join('\n');
}

function stage(w: Writer, number: number, n: (max: number) => number): string {
  const title = `Tahap ${number}: ${cap(w.verb())} ${titleCase(w.object())}`;
  const parts = [`## ${title}`, paragraph(w, 'panduan', 1, n(4))];
  if (w.chance(0.25) && n(2) > 1) parts.push(alert(w, 'panduan'));
  parts.push(checklist(w, 'action', 2, Math.max(2, n(6))));
  return parts.join('\n\n');
}

export function buildGuide(w: Writer, doc: PlannedDoc, seed: number): string {
  const n = scaler(doc.targetBytes);
  const front = frontMatter(w, doc, seed);
  const body = new Body(front.length + 2);
  const [intro, stages, example, closing] = budgetMarks(body.length, doc.targetBytes, [0.15, 0.55, 0.15, 0.15]) as [number, number, number, number];

  body.heading(2, 'Tentang Panduan Ini').add(paragraph(w, 'panduan', 1, n(4))).add(w.linkSentence());
  body.fillTo(intro, () => paragraph(w, w.chance(0.5) ? 'panduan' : 'umum'));
  if (n(2) > 1) body.heading(2, 'Sebelum Memulai').add(bulletList(w, 'panduan', 2, 4));

  body.fillTo(stages, (i) => stage(w, i + 1, n), n(2), 40);

  body.heading(2, 'Contoh Ilustratif').add(
    `Contoh berikut bersifat ilustratif: ${doc.subject.agency} menjalankan ${doc.subject.short}. ${paragraph(w, 'ringkasan', 1, n(3), 0)}`,
  );
  body.fillTo(example, (i) => (i % 2 === 0 ? gfmTable(w, w.chance(0.5) ? 'fase' : 'indikator') : paragraph(w, 'dampak')));

  body.heading(2, 'Kesalahan yang Sering Terjadi').add(
    w.rng.sample(MISTAKES, w.num(1, n(5))).map((m) => `- **${m}.** ${sentence(w, 'pelajaran')}`).join('\n'),
  );
  if (w.chance(0.6) && n(2) > 1) body.heading(2, 'Templat').add(w.chance(0.5) ? fillInTemplate(w) : gfmTable(w, 'anggaran'));
  body.fillTo(closing, () => paragraph(w, 'panduan'));
  const related: string[] = [];
  for (let i = w.num(1, n(5)); i > 0; i--) {
    const link = w.link();
    if (link) related.push(`- ${link}: ${sentence(w, 'umum').replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}.`);
  }
  if (related.length) body.heading(2, 'Bacaan Terkait').add(related.join('\n'));
  return `${front}\n\n${body.toString()}`;
}
