/**
 * The folder sources' search segments the worker has loaded. Given the host's current list, it
 * keeps what is unchanged, loads only segments whose `version` changed or that are new, forgets
 * those that are gone, and skips one that fails to load (the rest still answer). Updates run one
 * after another, so a burst of `sources:changed` never loads the same segment twice at once.
 */
import type { SearchEngine } from '../../../core/search/fulltext';
import type { SearchPart } from '../../../core/search/fulltext/MultiSourceSearch';
import type { SearchSegment } from '../../../core/sources/types';

export type SegmentLoader = (segment: SearchSegment) => Promise<SearchEngine>;

export interface SegmentUpdate {
  /** Whether the searchable set differs from before (a new answer may differ). */
  changed: boolean;
  /** Keys (`source/name`) of segments that could not be loaded. */
  failed: string[];
}

export const segmentKey = (segment: Pick<SearchSegment, 'source' | 'name'>) => `${segment.source}/${segment.name}`;

export class LoadedSegments {
  private readonly loaded = new Map<string, { version: string; hidden: string; engine: SearchEngine }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly load: SegmentLoader) {}

  /** Brings the loaded set in line with `segments`; resolves when it has. */
  update(segments: readonly SearchSegment[]): Promise<SegmentUpdate> {
    const next = this.queue.then(() => this.apply(segments));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The loaded segments, in the host's order. */
  parts(): SearchPart[] {
    return [...this.loaded].map(([key, { engine }]) => ({ key, engine }));
  }

  private async apply(segments: readonly SearchSegment[]): Promise<SegmentUpdate> {
    let changed = false;
    const wanted = new Map(segments.map((s) => [segmentKey(s), s]));
    for (const key of [...this.loaded.keys()]) {
      if (wanted.has(key)) continue;
      this.loaded.delete(key);
      changed = true;
    }
    const failed: string[] = [];
    await Promise.all(
      [...wanted].map(async ([key, segment]) => {
        const hidden = [...segment.hidden].sort().join('\n');
        const have = this.loaded.get(key);
        if (have && have.version === segment.version) {
          if (have.hidden !== hidden) {
            have.engine.setHidden(segment.hidden);
            have.hidden = hidden;
            changed = true;
          }
          return;
        }
        try {
          const engine = await this.load(segment);
          engine.setHidden(segment.hidden);
          this.loaded.set(key, { version: segment.version, hidden, engine });
        } catch {
          // Skipped: a damaged or half-written segment must not stop the others answering.
          this.loaded.delete(key);
          failed.push(key);
        }
        changed = true;
      }),
    );
    // Keep the host's order (Promise.all finished in any order).
    const ordered = [...wanted.keys()].flatMap((key) => {
      const entry = this.loaded.get(key);
      return entry ? [[key, entry] as const] : [];
    });
    this.loaded.clear();
    for (const [key, entry] of ordered) this.loaded.set(key, entry);
    return { changed, failed };
  }
}
