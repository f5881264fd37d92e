/**
 * renderer.home.ms.N: from navigation to the library home showing its cards, in Chromium at
 * 1366×768, with the real host serving a compiled library of N generated documents.
 */
import { percentile, report } from './measure';
import { startRendererBench } from './rendererLibrary';

export async function benchRendererHome(repoRoot: string, size: number): Promise<void> {
  const bench = await startRendererBench(repoRoot, size);
  if (!bench) return;
  try {
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await bench.newPage();
      const started = performance.now();
      await page.goto(bench.harness.url);
      await page.locator('.type-group .doc-card').first().waitFor({ timeout: 180_000 });
      const ms = performance.now() - started;
      if (i > 0) samples.push(ms); // the first run warms the host's caches
      await page.close();
    }
    report(`renderer.home.ms.${size}`, percentile(samples, 50), 'ms');
  } finally {
    await bench.close();
  }
}
