/**
 * Section texts for the worker's engine, fetched one document at a time and only for the hits
 * being shown (or phrase-checked). Kept for the next queries, up to a bound, so typing a longer
 * word does not fetch the same files again.
 */
import type { SectionTextSource } from '../../../core/search/fulltext';
import { sectionTextFile } from '../../../core/search/fulltext/searchFiles';

const KEEP = 1500;

export class FetchedSectionTexts implements SectionTextSource {
  private readonly texts = new Map<number, readonly string[]>();
  private readonly inFlight = new Map<number, Promise<void>>();

  constructor(
    private readonly contentUrl: string,
    private readonly documentId: (document: number) => string,
  ) {}

  async load(documents: readonly number[]): Promise<void> {
    await Promise.all(documents.map((doc) => this.texts.has(doc) ? undefined : this.fetchOne(doc)));
  }

  get(document: number): readonly string[] | undefined {
    return this.texts.get(document);
  }

  private fetchOne(doc: number): Promise<void> {
    let pending = this.inFlight.get(doc);
    if (!pending) {
      pending = fetch(new URL(sectionTextFile(this.documentId(doc)), this.contentUrl))
        .then((response) => (response.ok ? response.json() : null))
        .then((texts: unknown) => {
          if (!Array.isArray(texts)) return; // a missing file: the hit shows without a passage
          if (this.texts.size >= KEEP) this.texts.delete(this.texts.keys().next().value!);
          this.texts.set(doc, texts.map(String));
        })
        .catch(() => undefined)
        .finally(() => this.inFlight.delete(doc));
      this.inFlight.set(doc, pending);
    }
    return pending;
  }
}
