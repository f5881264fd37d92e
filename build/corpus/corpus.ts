/**
 * In-memory generation: one document at a time from the plan (iterateCorpus), or the whole set
 * (generateCorpus). Each document has its own PRNG stream seeded from (seed, index), so a document
 * does not depend on the ones generated before it.
 */
import type { PlannedDoc } from './document';
import { buildGlossary } from './glossary';
import { buildGuide } from './guide';
import { planCorpus, type CorpusOptions } from './plan';
import { buildPractice } from './practice';
import { mixSeed, Random } from './random';
import { buildSeminar } from './seminar';
import { Writer, type CorpusDocType, type LinkTarget } from './writer';

export interface CorpusFile {
  /** Library-relative path with `/` separators, e.g. `praktik/praktik-gerai-izin-usaha-12.md`. */
  path: string;
  text: string;
}

export interface GeneratedDocument extends CorpusFile {
  id: string;
  type: CorpusDocType;
}

/** Renders one planned document; `targets` are the documents it may link to (normally the plan). */
export function buildDocument(doc: PlannedDoc, targets: readonly LinkTarget[], seed: number): string {
  const writer = new Writer(new Random(mixSeed(seed, doc.index, 0x5eed)), doc.subject, targets, doc.id);
  switch (doc.type) {
    case 'practice':
      return buildPractice(writer, doc, seed);
    case 'guide':
      return buildGuide(writer, doc, seed);
    case 'seminar':
      return buildSeminar(writer, doc, seed);
    case 'glossary':
      return buildGlossary(writer, doc, seed);
  }
}

/** Yields the documents one by one (the glossary first), holding only the plan in memory. */
export function* iterateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const seed = options.seed ?? 42;
  const plan = planCorpus({ docs: options.docs, seed });
  for (const doc of plan) yield { path: doc.path, id: doc.id, type: doc.type, text: buildDocument(doc, plan, seed) };
}

/** The whole synthetic library in memory: `{ path, text }` per Markdown file. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  return Array.from(iterateCorpus(options), ({ path, text }) => ({ path, text }));
}
