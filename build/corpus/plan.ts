/**
 * The corpus plan: every document's type, id, path, title, subject and byte budget, decided up
 * front from the seed so that documents can link to each other and be generated one at a time.
 */
import { SECTORS } from '../../core/content/schema';
import { slugify } from '../../core/content/slug';
import type { PlannedDoc } from './document';
import { capitalise } from './morphology';
import { PROVINCES, REGENCIES } from './places';
import { mixSeed, Random } from './random';
import { SECTOR_PROFILES, type Sector } from './sectors';
import { ACRONYMS, EVENT_KINDS, EVENT_THEMES, GUIDE_TOPICS, INNOVATION_MODES, INNOVATION_QUALIFIERS } from './vocabulary';
import { titleCase, type CorpusDocType, type Subject } from './writer';

export const FOLDERS: Readonly<Record<CorpusDocType, string>> = { practice: 'praktik', guide: 'panduan', seminar: 'seminar', glossary: 'glosarium' };
const ID_PREFIX: Readonly<Record<CorpusDocType, string>> = { practice: 'praktik', guide: 'panduan', seminar: 'seminar', glossary: 'glosarium' };

/** Whole-file size budget: log-normal (median 6 KB, sigma 0.8: mean ≈ 8 KB), clamped to 1–39.5 KB. */
export const SIZE_MIN = 1000;
export const SIZE_MAX = 38_500;
const MEDIAN = 5700;
const SIGMA = 0.8;
function sampleSize(rng: Random): number {
  return Math.round(Math.min(SIZE_MAX, Math.max(SIZE_MIN, Math.exp(Math.log(MEDIAN) + SIGMA * rng.normal()))));
}

function typeCounts(docs: number): Record<CorpusDocType, number> {
  const rest = docs - 1;
  const seminar = Math.round(rest * 0.05);
  const guide = Math.round(rest * 0.1);
  return { glossary: 1, seminar, guide, practice: rest - seminar - guide };
}

function slugWords(text: string, words: number): string {
  return slugify(text).split('-').filter(Boolean).slice(0, words).join('-');
}

function subjectFor(rng: Random, sector: Sector): Subject {
  const profile = SECTOR_PROFILES[sector];
  const provinceLevel = rng.chance(0.15);
  const place = provinceLevel ? { province: rng.pick(PROVINCES), regency: undefined } : rng.pick(REGENCIES);
  const agencyShort = capitalise(rng.pick(profile.agencies));
  const agency = place.regency
    ? rng.chance(0.4)
      ? `Pemerintah ${place.regency} (${agencyShort})`
      : `${agencyShort} ${place.regency}`
    : `${agencyShort} Provinsi ${place.province}`;
  const descriptive = `${rng.pick(INNOVATION_MODES)} ${titleCase(rng.pick(profile.services))} ${rng.pick(INNOVATION_QUALIFIERS)}`;
  const acronym = rng.chance(0.55) ? `${rng.chance(0.3) ? 'SI-' : ''}${rng.pick(ACRONYMS)}` : '';
  return {
    sector,
    province: place.province,
    ...(place.regency ? { regency: place.regency } : {}),
    agency,
    agencyShort,
    name: acronym ? `${acronym}: ${descriptive}` : descriptive,
    short: acronym || descriptive,
    year: rng.int(2014, 2024),
  };
}

function titleFor(rng: Random, type: CorpusDocType, subject: Subject, presentable: boolean): { title: string; slug: string } {
  if (type === 'practice') return { title: subject.name, slug: slugWords(subject.name.replace(/^[^:]*: /, ''), 6) };
  if (type === 'guide') {
    const topic = rng.pick(GUIDE_TOPICS);
    const label = SECTOR_PROFILES[subject.sector].label;
    const title = rng.weighted([
      [topic, 2],
      [`${topic} di Sektor ${label}`, 2],
      [`${topic}: Contoh ${subject.short}`, 1],
    ] as const);
    return { title, slug: slugWords(topic, 6) };
  }
  const theme = rng.pick(EVENT_THEMES);
  const event = `${rng.pick(EVENT_KINDS)} ${theme} ${subject.year}`;
  const title = presentable ? `Dek Presentasi: ${event}` : rng.chance(0.5) ? `Sesi ${rng.int(1, 6)}: ${event}` : event;
  return { title, slug: `${presentable ? 'dek-' : ''}${slugWords(theme, 5)}` };
}

export interface CorpusOptions {
  /** Number of documents, including the one glossary. */
  docs: number;
  /** PRNG seed; the same seed always yields the same corpus. Default 42. */
  seed?: number;
}

export function planCorpus({ docs, seed = 42 }: CorpusOptions): PlannedDoc[] {
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`docs harus bilangan bulat ≥ 1, bukan ${docs}`);
  const rng = new Random(mixSeed(seed, 0x91a4));
  const counts = typeCounts(docs);
  const types: CorpusDocType[] = [];
  for (const type of ['practice', 'guide', 'seminar'] as const) for (let i = 0; i < counts[type]; i++) types.push(type);
  const order = rng.sample(types, types.length);
  order.unshift('glossary');

  return order.map((type, index): PlannedDoc => {
    const subject = subjectFor(rng, rng.pick(SECTORS));
    const presentable = type === 'seminar' && rng.chance(0.35);
    const targetBytes = type === 'glossary' ? SIZE_MAX : sampleSize(rng);
    if (type === 'glossary') {
      return { index, id: 'glosarium', type, path: 'glosarium/glosarium.md', title: 'Glosarium Inovasi Pelayanan Publik', subject, targetBytes, presentable };
    }
    const { title, slug } = titleFor(rng, type, subject, presentable);
    const id = `${ID_PREFIX[type]}-${slug}-${index}`;
    return { index, id, type, path: `${FOLDERS[type]}/${id}.md`, title, subject, targetBytes, presentable };
  });
}
