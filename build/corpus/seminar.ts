/**
 * Seminar material: session write-ups, and presentable decks whose slides are separated by `---`
 * with a `Note:` block of speaker notes on each slide.
 */
import { bulletList, dateText, gfmTable, person, quote } from './blocks';
import { Body, commonFront, q, scaler, type PlannedDoc } from './document';
import { capitalise as cap } from './morphology';
import { paragraph, sentence } from './sentences';
import { SPEAKER_ROLES } from './vocabulary';
import { titleCase, type Writer } from './writer';

interface Speaker {
  name: string;
  role: string;
  topic: string;
}

function organiser(w: Writer): string {
  return w.pick([
    'Kementerian PANRB',
    `Bagian Organisasi Setda ${w.region()}`,
    `Bappeda Provinsi ${w.subject.province}`,
    'Forum Inovasi Pelayanan Publik Daerah',
    'Pusat Pelatihan dan Pengembangan ASN',
    `${w.agencyShort()} ${w.region()}`,
  ]);
}

function frontMatter(w: Writer, doc: PlannedDoc, seed: number, speakers: readonly Speaker[]): string {
  const summary = `${doc.presentable ? 'Dek presentasi dengan catatan pembicara' : 'Catatan sesi'} tentang ${w.peNan()} ${w.service()} dan ${w.abstractNoun()}. ${sentence(w, 'seminar')}`;
  const tags = ['seminar', doc.subject.sector, ...(doc.presentable ? ['dek-presentasi'] : []), ...w.rng.sample(w.profile.tags, w.num(1, 3))];
  const lines = commonFront(w, doc, 'seminar', summary, tags, seed);
  if (doc.presentable) lines.push('presentable: true');
  const place = doc.subject.regency ? `${doc.subject.regency}, Provinsi ${doc.subject.province}` : `Provinsi ${doc.subject.province}`;
  lines.push(
    'event:',
    `  name: ${q(doc.title.replace(/^(Dek Presentasi|Sesi \d+): /, ''))}`,
    `  date: ${q(dateText(w, doc.subject.year))}`,
    `  place: ${q(place)}`,
    `  organiser: ${q(organiser(w))}`,
    'speakers:',
  );
  for (const s of speakers) lines.push(`  - name: ${q(s.name)}`, `    role: ${q(s.role)}`, `    topic: ${q(s.topic)}`);
  lines.push('---');
  return lines.join('\n');
}

function slide(w: Writer, title: string, n: (max: number) => number): string {
  const bullets: string[] = [];
  for (let i = w.num(2, Math.max(2, n(5))); i > 0; i--) {
    const roll = w.rng.next();
    bullets.push(
      roll < 0.4
        ? `- ${cap(w.peNan())} ${w.object()}`
        : roll < 0.7
          ? `- ${cap(w.keAn())} ${w.beneficiary()}`
          : `- ${cap(w.indicator())}: ${w.percent(10, 50)}% menjadi ${w.percent(51, 98)}%`,
    );
  }
  const visual = w.chance(0.12) ? `\n\n${gfmTable(w, 'indikator')}` : '';
  return `## ${title}\n\n${bullets.join('\n')}${visual}\n\nNote:\n${paragraph(w, 'seminar', 1, n(4))}`;
}

function deck(w: Writer, doc: PlannedDoc, body: Body, speakers: readonly Speaker[], n: (max: number) => number): void {
  body.add(slide(w, doc.title.replace(/^Dek Presentasi: /, ''), n));
  const titles = ['Tujuan Sesi Ini', 'Latar Belakang', ...speakers.map((s) => s.topic), 'Pelajaran dari Daerah', 'Diskusi Kelompok', 'Tindak Lanjut'];
  body.fillTo(
    doc.targetBytes - 900,
    (i) => `---\n\n${slide(w, titles[i] ?? `${cap(w.peNan())} ${titleCase(w.object())}`, n)}`,
    n(3),
    200,
  );
  const link = w.link();
  body.add(`---\n\n## Bacaan Lanjutan\n\n- ${link ?? 'Glosarium inovasi pelayanan publik'}\n- ${cap(w.peNan())} ${w.object()}\n\nNote:\n${paragraph(w, 'seminar', 1, 2, 0)}`);
}

function session(w: Writer, doc: PlannedDoc, body: Body, speakers: readonly Speaker[], n: (max: number) => number): void {
  body.heading(2, 'Ringkasan Sesi').add(paragraph(w, 'seminar', 1, n(5))).add(w.linkSentence());
  body.heading(2, 'Narasumber').add(speakers.map((s) => `- **${s.name}**, ${s.role}: ${s.topic}`).join('\n'));
  body.heading(2, 'Pokok Paparan');
  const perSpeaker = (doc.targetBytes - body.length - 2000) / speakers.length;
  for (const s of speakers) {
    body.heading(3, s.topic).add(paragraph(w, 'seminar', 1, n(5)));
    const until = body.length + perSpeaker;
    body.fillTo(until, (i) => (i % 4 === 1 ? bulletList(w, 'seminar') : i % 7 === 3 ? quote(w, 'seminar') : paragraph(w, w.chance(0.6) ? 'seminar' : 'dampak')));
  }
  body.heading(2, 'Diskusi').add(
    Array.from({ length: w.num(1, n(4)) }, () => `- **Pertanyaan dari ${w.actor()}:** ${sentence(w, 'masalah')} **Jawaban:** ${sentence(w, 'seminar')}`).join('\n'),
  );
  body.heading(2, 'Tindak Lanjut').add(bulletList(w, 'panduan', 1, n(4))).add(w.linkSentence());
}

export function buildSeminar(w: Writer, doc: PlannedDoc, seed: number): string {
  const n = scaler(doc.targetBytes);
  const speakers: Speaker[] = Array.from({ length: w.num(1, n(5)) }, () => ({
    name: person(w),
    role: w.pick(SPEAKER_ROLES),
    topic: titleCase(`${w.peNan()} ${w.service()} ${w.pick(['di daerah', 'berbasis kolaborasi', 'yang berkelanjutan', 'untuk replikasi', 'bagi kelompok rentan'])}`),
  }));
  const front = frontMatter(w, doc, seed, speakers);
  const body = new Body(front.length + 2);
  if (doc.presentable) deck(w, doc, body, speakers, n);
  else session(w, doc, body, speakers, n);
  return `${front}\n\n${body.toString()}`;
}
