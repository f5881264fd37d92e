/**
 * Markdown blocks built from sentences: lists, numbered steps, task-list checklists, GFM tables,
 * alerts, quotes and fill-in templates. Each returns one block without surrounding blank lines.
 */
import { capitalise as cap } from './morphology';
import { sentence, type Topic } from './sentences';
import { DEGREES, FIRST_NAMES, LAST_NAMES, MONTHS, WEEKDAYS } from './vocabulary';
import type { Writer } from './writer';

export function bulletList(w: Writer, topic: Topic, min = 3, max = 6): string {
  const items: string[] = [];
  const bold = w.chance(0.5);
  for (let i = w.num(min, max); i > 0; i--) {
    items.push(bold ? `- **${cap(w.peNan())} ${w.object()}.** ${sentence(w, topic)}` : `- ${sentence(w, topic)}`);
  }
  return items.join('\n');
}

export function numberedSteps(w: Writer, min = 4, max = 8): string {
  const items: string[] = [];
  const count = w.num(min, max);
  for (let i = 1; i <= count; i++) {
    const extra = w.chance(0.5) ? ` ${sentence(w, 'cara')}` : '';
    items.push(`${i}. **${cap(w.peNan())} ${w.object()}.** ${sentence(w, 'cara')}${extra}`);
  }
  return items.join('\n');
}

/** `- [ ]` items; guides phrase them as actions, replication requirements as conditions. */
export function checklist(w: Writer, style: 'action' | 'condition', min = 3, max = 7): string {
  const items: string[] = [];
  for (let i = w.num(min, max); i > 0; i--) {
    const tick = style === 'action' && w.chance(0.1) ? 'x' : ' ';
    items.push(
      style === 'action'
        ? `- [${tick}] ${cap(w.verb())} ${w.object()}${w.chance(0.4) ? ` bersama ${w.actor()}` : ''}`
        : `- [ ] ${cap(w.object())} yang ${w.ter()} dan ${w.pick(['mudah diakses', 'disepakati bersama', 'diperbarui berkala', 'tertulis'])}.`,
    );
  }
  return items.join('\n');
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

export type TableKind = 'indikator' | 'jadwal' | 'anggaran' | 'fase';

export function gfmTable(w: Writer, kind: TableKind): string {
  const rows: (string | number)[][] = [];
  const count = w.num(3, 7);
  switch (kind) {
    case 'indikator':
      for (let i = 0; i < count; i++) {
        rows.push([cap(w.indicator()), `${w.percent(10, 55)}%`, `${w.percent(56, 98)}%`, cap(w.agencyShort())]);
      }
      return table(['Indikator', `Sebelum (${w.year()})`, `Sesudah (${w.year(2)})`, 'Sumber data'], rows);
    case 'jadwal':
      for (const day of WEEKDAYS) rows.push([day, cap(w.service()), cap(w.actor()), cap(w.local())]);
      return table(['Hari', 'Layanan', 'Petugas', 'Lokasi'], rows);
    case 'anggaran':
      for (let i = 0; i < count; i++) rows.push([cap(w.peNan()) + ' ' + w.object(), w.count(5, 300), w.funding()]);
      return table(['Komponen', 'Biaya (Rp juta)', 'Sumber'], rows);
    case 'fase': {
      const months = w.num(4, 8);
      const header = ['Kegiatan', ...Array.from({ length: months }, (_, i) => `Bulan ${i + 1}`)];
      for (let i = 0; i < count; i++) {
        const start = w.num(0, months - 1);
        const end = w.num(start, months - 1);
        rows.push([`${cap(w.peNan())} ${w.object()}`, ...Array.from({ length: months }, (_, m) => (m >= start && m <= end ? 'X' : ' '))]);
      }
      return table(header, rows);
    }
  }
}

export function alert(w: Writer, topic: Topic): string {
  const kind = w.pick(['NOTE', 'TIP', 'IMPORTANT', 'WARNING']);
  return `> [!${kind}]\n> ${sentence(w, topic)} ${sentence(w, topic)}`;
}

export function quote(w: Writer, topic: Topic): string {
  return `> "${sentence(w, topic)}"\n>\n> ${person(w)}, ${w.actor()} di ${w.region()}`;
}

/** A plain-text form readers copy out, like the templates in the real guides. */
export function fillInTemplate(w: Writer): string {
  const lines = ['```text', `FORMULIR ${w.peNan().toUpperCase()} ${w.object().toUpperCase()}`];
  for (let i = w.num(4, 8); i > 0; i--) lines.push(`${cap(w.abstractNoun()).padEnd(28)}: ......................................`);
  lines.push('```');
  return lines.join('\n');
}

export function person(w: Writer): string {
  const degree = w.chance(0.6) ? `, ${w.pick(DEGREES)}` : '';
  return `${w.chance(0.2) ? 'Dr. ' : ''}${w.pick(FIRST_NAMES)} ${w.pick(LAST_NAMES)}${degree}`;
}

export function dateText(w: Writer, year: number): string {
  return `${w.pick(WEEKDAYS)}, ${w.num(1, 28)} ${w.pick(MONTHS)} ${year}`;
}
