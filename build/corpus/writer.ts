/**
 * Word-level helpers bound to one document's PRNG and subject: inflected words, domain phrases,
 * numbers and cross-links. Sentence templates (sentences.ts) and block builders (blocks.ts) use it.
 */
import { REGENCIES, LOCAL_UNITS } from './places';
import {
  activeVerb, ber, capitalise, keAn, passiveVerb, peN, peNan, perAn, reduplicate, ter,
} from './morphology';
import { Random } from './random';
import { SECTOR_PROFILES, type Sector, type SectorProfile } from './sectors';
import {
  ACTORS, BER_ROOTS, CONNECTORS, FREQUENCIES, FUNDING, KE_ROOTS, OBJECTS, PEN_ROOTS, PER_ROOTS, REDUPLICABLE,
  REGULATIONS, BER_GOOD, GENERAL_VERBS, PERSON_VERBS, TER_BAD, TER_GOOD, THING_VERBS, TITLE_SMALL_WORDS,
} from './vocabulary';

const VERBS = { thing: THING_VERBS, person: PERSON_VERBS, general: GENERAL_VERBS } as const;
export type VerbKind = keyof typeof VERBS;

export type CorpusDocType = 'practice' | 'guide' | 'seminar' | 'glossary';

/** What every document knows about the others: enough to link to them. */
export interface LinkTarget {
  id: string;
  type: CorpusDocType;
}

/** The subject a document is written about; planned up front so ids and titles are stable. */
export interface Subject {
  sector: Sector;
  province: string;
  regency?: string;
  agency: string;
  /** The owning agency without the region, as running text names it: "Disdukcapil". */
  agencyShort: string;
  /** Full innovation or topic name, e.g. "SIGAP: Gerai Perizinan Keliling di Kecamatan". */
  name: string;
  /** Short form used in running text, e.g. "SIGAP" or "Gerai Perizinan Keliling". */
  short: string;
  year: number;
}

export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && TITLE_SMALL_WORDS.has(word) ? word : /^[a-z]/.test(word) ? capitalise(word) : word))
    .join(' ');
}

export class Writer {
  readonly profile: SectorProfile;

  constructor(
    readonly rng: Random,
    readonly subject: Subject,
    private readonly linkTargets: readonly LinkTarget[],
    private readonly selfId: string,
  ) {
    this.profile = SECTOR_PROFILES[subject.sector];
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }
  num(min: number, max: number): number {
    return this.rng.int(min, max);
  }
  chance(p: number): boolean {
    return this.rng.chance(p);
  }
  /** Thousands with Indonesian dot separators: 12.450. */
  count(min: number, max: number): string {
    return String(this.num(min, max)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }
  percent(min = 20, max = 95): number {
    return this.num(min, max);
  }

  /** Active verb for a thing (default), a person/group, or the service in general. */
  verb(kind: VerbKind = 'thing'): string {
    const [root, suffix] = this.pick(VERBS[kind]);
    return activeVerb(root, suffix);
  }
  passive(kind: VerbKind = 'thing'): string {
    const [root, suffix] = this.pick(VERBS[kind]);
    return passiveVerb(root, suffix);
  }
  peNan(): string {
    return peNan(this.pick(PEN_ROOTS));
  }
  agent(): string {
    return peN(this.pick(['kelola', 'damping', 'laksana', 'guna', 'mohon', 'nilai', 'awas', 'ajar', 'gerak']));
  }
  keAn(): string {
    return keAn(this.pick(KE_ROOTS));
  }
  perAn(): string {
    return perAn(this.pick(PER_ROOTS));
  }
  ber(): string {
    return ber(this.pick(BER_ROOTS));
  }
  /** ter- word for something achieved (terdata, terjangkau) or gone wrong (terlambat, tertunda). */
  ter(good = true): string {
    return ter(this.pick(good ? TER_GOOD : TER_BAD));
  }
  /** Ready-made ber- phrase describing a healthy service: berkelanjutan, berbasis data. */
  berGood(): string {
    return this.pick(BER_GOOD);
  }
  redup(): string {
    return reduplicate(this.pick(REDUPLICABLE));
  }
  /** Any of the nominalisations, for variety. */
  abstractNoun(): string {
    const roll = this.rng.next();
    return roll < 0.55 ? this.peNan() : roll < 0.8 ? this.keAn() : this.perAn();
  }

  actor(): string {
    return this.pick(ACTORS);
  }
  object(): string {
    return this.pick(OBJECTS);
  }
  service(): string {
    return this.pick(this.profile.services);
  }
  beneficiary(): string {
    return this.pick(this.profile.beneficiaries);
  }
  problem(): string {
    return this.pick(this.profile.problems);
  }
  indicator(): string {
    return this.pick(this.profile.indicators);
  }
  /** Usually the owning agency; sometimes a sister agency of the same sector. */
  agencyShort(): string {
    return this.chance(0.75) ? this.subject.agencyShort : this.pick(this.profile.agencies);
  }
  local(): string {
    return this.pick(LOCAL_UNITS);
  }
  region(): string {
    return this.subject.regency ?? `Provinsi ${this.subject.province}`;
  }
  otherRegency(): string {
    return this.pick(REGENCIES).regency;
  }
  freq(): string {
    return this.pick(FREQUENCIES);
  }
  regulation(): string {
    return this.pick(REGULATIONS);
  }
  funding(): string {
    return this.pick(FUNDING);
  }
  connector(): string {
    return this.pick(CONNECTORS);
  }
  year(offset = 0): number {
    return this.subject.year + offset;
  }

  /** A `[[id]]` link to another generated document (null when the library has no other). */
  linkTarget(): LinkTarget | null {
    if (this.linkTargets.length < 2) return null;
    for (let attempt = 0; attempt < 4; attempt++) {
      const target = this.pick(this.linkTargets);
      if (target.id !== this.selfId) return target;
    }
    return null;
  }

  link(): string | null {
    const target = this.linkTarget();
    if (!target) return null;
    if (target.type === 'practice' && this.chance(0.2)) {
      return `[[${target.id}#${this.pick(['cara-kerja', 'dampak', 'syarat-replikasi', 'pelajaran', 'keberlanjutan'])}]]`;
    }
    if (this.chance(0.1)) return `[[${target.id}|${this.pick(['contoh serupa', 'profil pembanding', 'bahan bacaan', 'uraian lengkapnya'])}]]`;
    return `[[${target.id}]]`;
  }

  /** A sentence that points the reader to another document, phrased for that document's type. */
  linkSentence(): string | null {
    const target = this.linkTarget();
    if (!target) return null;
    const ref = `[[${target.id}]]`;
    switch (target.type) {
      case 'practice':
        return this.pick([
          `Bandingkan dengan profil ${ref}.`,
          `Pendekatan serupa dijalankan dalam ${ref}, dengan penyesuaian pada ${this.abstractNoun()}.`,
          `Daerah lain menempuh jalan berbeda; lihat ${ref}.`,
          `Untuk ${this.peNan()} di wilayah kepulauan, pelajari ${ref}.`,
        ]);
      case 'guide':
        return this.pick([`Langkah rinci tersedia di ${ref}.`, `Gunakan ${ref} untuk menyusun rencana kerjanya.`, `Daftar periksa lengkap ada di ${ref}.`]);
      case 'seminar':
        return this.pick([`Pokok ini juga dibahas dalam ${ref}.`, `Materi paparan ${ref} memberi latar yang berguna.`]);
      default:
        return `Istilah yang dipakai di sini dijelaskan dalam ${ref}.`;
    }
  }
}
