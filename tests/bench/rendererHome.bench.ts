/**
 * renderer.home.ms.3000: from navigation to the library home showing its cards, in Chromium,
 * with the real host serving a compiled library of 3,000 generated documents.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileLibrary, writeLibrary } from '../../build/content/compile';
import { answerAsJson, PLAYWRIGHT_BRIDGE_SCRIPT } from '../e2e/host/bridgeScript';
import { startHarnessHost } from '../e2e/host/harnessHost';
import { launchBenchBrowser } from './benchBrowser';
import { generatedLibrary } from './corpus';
import { percentile, report } from './measure';

export async function benchRendererHome(repoRoot: string, size: number): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    console.error('renderer.home: out/renderer is missing; run `npm run build:renderer` first');
    return;
  }
  const src = await generatedLibrary(repoRoot, size);
  const contentDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-home-'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-user-'));
  await writeLibrary(await compileLibrary(src), src, contentDir);
  const harness = await startHarnessHost({ contentDir, userDataDir });
  const browser = await launchBenchBrowser();
  try {
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.exposeBinding('__pustakaHost', (_s, channel: unknown, input: unknown) => answerAsJson(() => harness.host.invoke(channel, input)));
      await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
      const started = performance.now();
      await page.goto(harness.url);
      await page.locator('.type-group .doc-card').first().waitFor();
      const ms = performance.now() - started;
      if (i > 0) samples.push(ms); // the first run warms the host's caches
      await page.close();
    }
    report(`renderer.home.ms.${size}`, percentile(samples, 50), 'ms');
  } finally {
    await browser.close();
    await harness.close();
    await rm(contentDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
}
