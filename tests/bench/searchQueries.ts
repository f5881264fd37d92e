/** 200+ realistic queries drawn deterministically from a library: the same for every engine. */
import type { SearchableDocument } from '../../core/search/types';

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchQuery {
  text: string;
  /** Search-as-you-type: the last word is a prefix. */
  prefix: boolean;
}

export function benchQueries(docs: SearchableDocument[], count = 240, seed = 7): BenchQuery[] {
  const next = random(seed);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const doc = pick(docs);
    const section = pick(doc.sections.length ? doc.sections : [{ text: doc.meta.summary, heading: '', slug: '', depth: 2 }]);
    const pool = [...words(doc.meta.title), ...words(section.text)];
    if (pool.length === 0) continue;
    const kind = next();
    if (kind < 0.45) queries.push({ text: Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(pool)).join(' '), prefix: false });
    else if (kind < 0.65) {
      const word = pick(pool);
      queries.push({ text: word.slice(0, Math.max(3, Math.ceil(word.length / 2))), prefix: true });
    } else if (kind < 0.8) {
      const word = pick(pool.filter((w) => w.length >= 6).concat(pool)).split('');
      word.splice(1 + Math.floor(next() * (word.length - 2)), 1);
      queries.push({ text: word.join(''), prefix: false });
    } else if (kind < 0.92 && doc.meta.type === 'practice') queries.push({ text: `${pick(pool)} sektor:${doc.meta.sector}`, prefix: false });
    else queries.push({ text: `"${words(section.text).slice(0, 2).join(' ')}"`, prefix: false });
  }
  return queries;
}
