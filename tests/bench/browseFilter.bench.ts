/**
 * renderer.browse.filter.ms.N: in Jelajahi with N generated documents, from a click on a facet
 * checkbox or a sort choice until the new result count and cards are painted (the next frame
 * after the DOM settles). Median of a fixed sequence of ticks, unticks and sort changes.
 */
import type { Page } from '@playwright/test';
import { percentile, report } from './measure';
import { startRendererBench } from './rendererLibrary';

type Change = { kind: 'tick'; facet: string; index: number } | { kind: 'sort'; value: string };

/**
 * Runs in the page: performs one change and resolves with the ms until the repaint. Kept as
 * source text because tsx would wrap a compiled function in helpers the page does not have.
 */
const TIME_CHANGE = `async (c) => {
  const count = document.querySelector('.browse-count');
  const grid = document.querySelector('.browse-results');
  if (!count || !grid) throw new Error('browse page not ready');
  const shown = () => count.textContent + '|' + (grid.querySelector('.doc-card-title')?.textContent ?? '');
  const before = shown();
  const started = performance.now();
  if (c.kind === 'tick') {
    const box = document.querySelectorAll('fieldset[data-facet="' + c.facet + '"] input[type="checkbox"]')[c.index];
    if (!box) throw new Error('no checkbox ' + c.index + ' in ' + c.facet);
    box.click();
  } else {
    const select = document.querySelector('.browse-sort select');
    if (!select) throw new Error('no sort select');
    select.value = c.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await new Promise((resolve, reject) => {
    const check = () => {
      if (shown() !== before) resolve();
      else if (performance.now() - started > 30000) reject(new Error('no repaint within 30 s'));
      else requestAnimationFrame(check);
    };
    check();
  });
  // The frame after the change is committed is the one the user sees.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
}`;

function timeChange(page: Page, change: Change): Promise<number> {
  return page.evaluate(`(${TIME_CHANGE})(${JSON.stringify(change)})`) as Promise<number>;
}

export async function benchBrowseFilter(repoRoot: string, size: number): Promise<void> {
  const bench = await startRendererBench(repoRoot, size);
  if (!bench) return;
  try {
    const page = await bench.newPage();
    await page.goto(`${bench.harness.url}#/jelajah`);
    await page.locator('.browse-results .doc-card').first().waitFor({ timeout: 180_000 });
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      samples.push(await timeChange(page, { kind: 'tick', facet: 'type', index: 0 })); // practice only
      samples.push(await timeChange(page, { kind: 'tick', facet: 'sector', index: 1 }));
      samples.push(await timeChange(page, { kind: 'sort', value: 'year' }));
      samples.push(await timeChange(page, { kind: 'tick', facet: 'sector', index: 1 })); // untick
      samples.push(await timeChange(page, { kind: 'sort', value: 'title' }));
      samples.push(await timeChange(page, { kind: 'tick', facet: 'type', index: 0 })); // back to all
    }
    report(`renderer.browse.filter.ms.${size}`, percentile(samples, 50), 'ms');
    await page.close();
  } finally {
    await bench.close();
  }
}
