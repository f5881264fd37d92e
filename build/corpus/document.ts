/**
 * Shared pieces of every generated document: the plan entry it is built from, a body that tracks
 * its own size (so builders stop at their byte budget), and YAML front-matter helpers.
 */
import type { Writer, LinkTarget, Subject } from './writer';

export interface PlannedDoc extends LinkTarget {
  /** Position in the generated set (0-based); also seeds the document's own PRNG. */
  index: number;
  /** Library-relative path: `praktik/<id>.md`. */
  path: string;
  title: string;
  subject: Subject;
  /** Approximate size of the whole file in bytes. */
  targetBytes: number;
  /** Seminar only: written as a slide deck. */
  presentable: boolean;
}

/** Markdown body assembled block by block; `length` counts characters including separators. */
export class Body {
  private readonly parts: string[] = [];
  length = 0;

  constructor(private readonly offset: number) {
    this.length = offset;
  }

  add(block: string | null | undefined): this {
    if (!block) return this;
    this.parts.push(block);
    this.length += block.length + 2;
    return this;
  }

  heading(depth: 2 | 3, text: string): this {
    return this.add(`${'#'.repeat(depth)} ${text}`);
  }

  /** Adds blocks from `make` until the body reaches `until` characters (always at least `min`). */
  fillTo(until: number, make: (i: number) => string | null, min = 0, max = 400): this {
    for (let i = 0; i < max && (i < min || this.length < until); i++) this.add(make(i));
    return this;
  }

  toString(): string {
    return `${this.parts.join('\n\n')}\n`;
  }

  get bodyLength(): number {
    return this.length - this.offset;
  }
}

/** YAML double-quoted scalar (JSON strings are valid YAML). */
export const q = (text: string): string => JSON.stringify(text);

/** Inline YAML list of plain scalars (slugs, numbers). */
export const inline = (items: readonly (string | number)[]): string => `[${items.join(', ')}]`;

export function isoDate(w: Writer, fromYear: number, toYear: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.num(fromYear, toYear)}-${pad(w.num(1, 12))}-${pad(w.num(1, 28))}`;
}

/** Cuts a sentence-ish string to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}.`;
}

/** Front-matter lines every type shares, in the order the real library uses. */
export function commonFront(w: Writer, doc: PlannedDoc, type: string, summary: string, tags: readonly string[], seed: number): string[] {
  return [
    '---',
    `id: ${doc.id}`,
    `type: ${type}`,
    `title: ${q(doc.title)}`,
    `summary: ${q(clip(summary, 380))}`,
    `tags: ${inline([...new Set(tags)].slice(0, 12))}`,
    'lang: id',
    `updated: ${isoDate(w, 2024, 2026)}`,
    'illustrative: true',
    'sources:',
    `  - ${q(`Data sintetis Pustaka Inovasi untuk uji skala (seed ${seed}, dokumen ${doc.index + 1})`)}`,
  ];
}

/** Section budgets: cumulative character marks for sections with the given relative weights. */
export function budgetMarks(start: number, total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let acc = start;
  return weights.map((weight) => (acc += ((total - start) * weight) / sum));
}

/**
 * Scales item counts to the byte budget so small documents stay small: `n(5)` is 5 for a
 * document of `full` bytes or more, and shrinks (never below 1) for smaller ones.
 */
export function scaler(targetBytes: number, full = 7000): (max: number) => number {
  const scale = Math.min(1, Math.max(0.1, targetBytes / full));
  return (max) => Math.max(1, Math.round(max * scale));
}
