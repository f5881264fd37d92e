/**
 * Progress of one indexing run, passed on at most ten times a second (the UI repaints on each),
 * with the time left estimated from the pace so far. Final phases always go out at once.
 */
import type { SourceProgress } from '../../../../core/sources/types';

const INTERVAL_MS = 100;

export class ProgressReporter {
  private lastSentAt = 0;
  private trailing: ReturnType<typeof setTimeout> | null = null;
  private latest: SourceProgress | null = null;
  private compileStartedAt = 0;
  private compileStartDone = 0;

  constructor(private readonly send: (progress: SourceProgress) => void) {}

  current(): SourceProgress | null {
    return this.latest;
  }

  update(progress: SourceProgress): void {
    if (progress.phase === 'compiling' && this.latest?.phase !== 'compiling') {
      this.compileStartedAt = performance.now();
      this.compileStartDone = progress.done;
    }
    const withEta = progress.phase === 'compiling' ? { ...progress, ...this.eta(progress) } : progress;
    this.latest = withEta;
    const final = progress.phase === 'done' || progress.phase === 'cancelled' || progress.phase === 'failed';
    const now = performance.now();
    if (final || now - this.lastSentAt >= INTERVAL_MS) {
      this.flush();
    } else if (!this.trailing) {
      this.trailing = setTimeout(() => this.flush(), INTERVAL_MS - (now - this.lastSentAt));
      this.trailing.unref?.();
    }
  }

  /** Stops any pending send; the last state stays readable. */
  clear(): void {
    if (this.trailing) clearTimeout(this.trailing);
    this.trailing = null;
  }

  private flush(): void {
    this.clear();
    this.lastSentAt = performance.now();
    if (this.latest) this.send(this.latest);
  }

  private eta(progress: SourceProgress): { etaMs?: number } {
    const elapsed = performance.now() - this.compileStartedAt;
    const done = progress.done - this.compileStartDone;
    if (done < 5 || elapsed < 500) return {};
    return { etaMs: Math.round((elapsed / done) * Math.max(0, progress.total - progress.done)) };
  }
}
