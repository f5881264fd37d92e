/**
 * A generated library compiled once per size and kept under .cache/bench (compiling 30,000
 * documents takes minutes), served by the real harness host to a Chromium page at 1366×768.
 * Shared by the renderer benchmarks (home, browse).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { compileLibrary, writeLibrary } from '../../build/content/compile';
import { answerAsJson, PLAYWRIGHT_BRIDGE_SCRIPT } from '../e2e/host/bridgeScript';
import { startHarnessHost, type HarnessHost } from '../e2e/host/harnessHost';
import { launchBenchBrowser } from './benchBrowser';
import { generatedLibrary } from './corpus';

export async function compiledLibrary(repoRoot: string, size: number): Promise<string> {
  const dir = path.join(repoRoot, '.cache', 'bench', `compiled-${size}-42`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  const src = await generatedLibrary(repoRoot, size);
  await writeLibrary(await compileLibrary(src), src, dir);
  await writeFile(done, new Date().toISOString());
  return dir;
}

export interface RendererBench {
  harness: HarnessHost;
  browser: Browser;
  /** A fresh page at 1366×768 bound to the host, not yet navigated. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startRendererBench(repoRoot: string, size: number): Promise<RendererBench | null> {
  if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    console.error('renderer bench: out/renderer is missing; run `npm run build:renderer` first');
    return null;
  }
  const contentDir = await compiledLibrary(repoRoot, size);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-user-'));
  const harness = await startHarnessHost({ contentDir, userDataDir });
  const browser = await launchBenchBrowser();
  return {
    harness,
    browser,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.exposeBinding('__pustakaHost', (_s, channel: unknown, input: unknown) => answerAsJson(() => harness.host.invoke(channel, input)));
      await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
      return page;
    },
    async close() {
      await browser.close();
      await harness.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
