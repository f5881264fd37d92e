/**
 * A second page on the same harness (same origin, same browser context), bound to the real host
 * exactly as the fixture's `page` is: the presenter view beside the audience view, as two
 * Electron windows would be. The context's offline guard already covers it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { answerAsJson, HOST_EVENT_DOM_NAME, PLAYWRIGHT_BRIDGE_SCRIPT } from './bridgeScript';
import type { HarnessHost } from './harnessHost';

/**
 * Relays the host's events (indexing progress, sources changed) into the page as the preload's
 * `on` would receive them, for as long as the page is open.
 */
export function relayHostEvents(page: Page, harness: HarnessHost): void {
  const stop = harness.onHostEvent((event, payload) => {
    if (page.isClosed()) return;
    page
      .evaluate(([name, detail]) => window.dispatchEvent(new CustomEvent(name as string, { detail })), [HOST_EVENT_DOM_NAME, { event, payload }] as const)
      .catch(() => undefined); // the page navigated or closed meanwhile: the next event finds it again
  });
  page.once('close', stop);
}

export async function openHarnessPage(context: BrowserContext, harness: HarnessHost): Promise<Page> {
  const page = await context.newPage();
  await page.exposeBinding('__pustakaHost', (_source, channel: unknown, input: unknown) => answerAsJson(() => harness.host.invoke(channel, input)));
  await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
  relayHostEvents(page, harness);
  return page;
}
