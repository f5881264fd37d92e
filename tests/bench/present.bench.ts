/**
 * present.enter.ms: from navigating to the audience view to its first slide on screen;
 * present.next.ms: from pressing → to the next slide on screen. Both on the bundled library's
 * largest deck, in Chromium, with the real host behind the built renderer. Median of the runs.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileLibrary, writeLibrary } from '../../build/content/compile';
import { isDeck, splitIntoSlides } from '../../core/present/splitIntoSlides';
import { answerAsJson, PLAYWRIGHT_BRIDGE_SCRIPT } from '../e2e/host/bridgeScript';
import { startHarnessHost } from '../e2e/host/harnessHost';
import { launchBenchBrowser } from './benchBrowser';
import { percentile, report } from './measure';

export async function benchPresent(repoRoot: string): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    console.error('present: out/renderer is missing; run `npm run build:renderer` first');
    return;
  }
  const src = path.join(repoRoot, 'content');
  const library = await compileLibrary(src);
  const largest = library.documents
    .filter((doc) => isDeck(doc.meta))
    .map((doc) => ({ id: doc.meta.id, slides: splitIntoSlides(doc).length }))
    .sort((a, b) => b.slides - a.slides)[0];
  if (!largest) {
    console.error('present: the bundled library has no presentable deck');
    return;
  }
  const contentDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-present-'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-user-'));
  await writeLibrary(library, src, contentDir);
  const harness = await startHarnessHost({ contentDir, userDataDir });
  const browser = await launchBenchBrowser();
  try {
    const enter: number[] = [];
    const next: number[] = [];
    for (let run = 0; run < 6; run++) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.exposeBinding('__pustakaHost', (_s, channel: unknown, input: unknown) => answerAsJson(() => harness.host.invoke(channel, input)));
      await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
      await page.goto(`${harness.url}#/presentasi`);
      await page.locator('h1').waitFor();
      const started = performance.now();
      await page.evaluate((id) => (location.hash = `#/tampil/dokumen/${id}?salindia=1`), largest.id);
      await page.locator('.audience[data-slide="1"] .slide').waitFor();
      if (run > 0) enter.push(performance.now() - started); // the first run warms the host's caches
      for (let slide = 2; slide <= Math.min(largest.slides, 12); slide++) {
        const t0 = performance.now();
        await page.keyboard.press('ArrowRight');
        await page.locator(`.audience[data-slide="${slide}"]`).waitFor();
        next.push(performance.now() - t0);
      }
      await page.close();
    }
    report('present.enter.ms', percentile(enter, 50), 'ms');
    report('present.next.ms', percentile(next, 50), 'ms');
    report('present.largestDeck.slides', largest.slides, 'count');
  } finally {
    await browser.close();
    await harness.close();
    await rm(contentDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
}
