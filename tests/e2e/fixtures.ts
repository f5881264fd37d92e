/**
 * Every e2e test gets a fresh user-data folder, the real host behind the contract, and a page on
 * which any request that would leave the machine is aborted and fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerAsJson, HOST_EVENT_DOM_NAME, PLAYWRIGHT_BRIDGE_SCRIPT } from './host/bridgeScript';
import { BUILT_CONTENT_DIR, startHarnessHost, type HarnessHost } from './host/harnessHost';
import { relayHostEvents } from './host/harnessPage';
import type { SourceInfo } from '../../core/sources/types';

export interface HarnessOptions {
  contentDir: string;
  /** Milliseconds to hold the answer of some channels, to test answers that arrive late. */
  slowChannels: Record<string, number>;
  /** The user-data folder sits under a plain file, so it cannot be created until that file goes. */
  dataFolderBlocked: boolean;
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export const test = base.extend<HarnessOptions & { harness: HarnessHost; offlineViolations: string[] }>({
  contentDir: [BUILT_CONTENT_DIR, { option: true }],
  slowChannels: [{}, { option: true }],
  dataFolderBlocked: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  offlineViolations: async ({}, use) => {
    await use([]);
  },
  harness: async ({ contentDir, dataFolderBlocked }, use) => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-e2e-'));
    if (dataFolderBlocked) await writeFile(path.join(userDataDir, 'penghalang'), 'bukan folder');
    const harness = await startHarnessHost({ contentDir, userDataDir: dataFolderBlocked ? path.join(userDataDir, 'penghalang', 'data') : userDataDir });
    await use(harness);
    await harness.close();
    // A save still landing (atomic write: temp file, then rename) can make one rmdir fail with
    // ENOTEMPTY; retrying lets it finish.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
  page: async ({ page, harness, offlineViolations, slowChannels }, use) => {
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      offlineViolations.push(url);
      return route.abort('blockedbyclient');
    });
    await page.exposeBinding('__pustakaHost', async (_source, channel: unknown, input: unknown) => {
      const delay = typeof channel === 'string' ? slowChannels[channel] : undefined;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return answerAsJson(() => harness.host.invoke(channel, input));
    });
    await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
    relayHostEvents(page, harness);
    await use(page);
    expect(offlineViolations, 'the app must not reach beyond this machine').toEqual([]);
  },
});

/** Pushes a host event (as the Electron menu would) into the page. */
export async function emitHostEvent(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(
    ([name, detail]) => window.dispatchEvent(new CustomEvent(name as string, { detail })),
    [HOST_EVENT_DOM_NAME, { event, payload }] as const,
  );
}

/**
 * Adds a folder of Markdown as a library source, as the Settings page does once a folder is
 * picked (the harness has no native picker, so the test names the path). Indexing then runs in
 * the background; its events reach every open page.
 */
export async function addFolderSource(harness: HarnessHost, folder: string, name?: string): Promise<SourceInfo> {
  const result = await harness.host.invoke('sources:addFolder', name ? { path: folder, name } : { path: folder });
  if (!result.ok) throw new Error(`sources:addFolder failed: ${result.error.message}`);
  const { source } = result.value as { source?: SourceInfo };
  if (!source) throw new Error('sources:addFolder returned no source');
  return source;
}

export { expect };
