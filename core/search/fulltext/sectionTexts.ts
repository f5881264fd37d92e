/**
 * Where the engine reads section texts (for snippets and phrase checks). The index itself holds
 * none: at 3,000 documents the texts are 23 MB, which no one should parse to run a query. In Node
 * (build, CLI, tests) they are in memory; the renderer's worker fetches one small file per
 * document, only for the hits it shows.
 */
export interface SectionTextSource {
  /** Makes these documents' texts available; resolves when they are (or could not be) loaded. */
  load(documents: readonly number[]): Promise<void>;
  /** The texts of a document's sections, in order, once loaded; otherwise undefined. */
  get(document: number): readonly string[] | undefined;
}

export class InMemorySectionTexts implements SectionTextSource {
  constructor(private readonly texts: readonly (readonly string[])[]) {}

  load(): Promise<void> {
    return Promise.resolve();
  }

  get(document: number): readonly string[] | undefined {
    return this.texts[document];
  }
}
