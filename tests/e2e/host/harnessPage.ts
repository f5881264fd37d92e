/**
 * A second page on the same harness (same origin, same browser context), bound to the real host
 * exactly as the fixture's `page` is: the presenter view beside the audience view, as two
 * Electron windows would be. The context's offline guard already covers it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { answerAsJson, PLAYWRIGHT_BRIDGE_SCRIPT } from './bridgeScript';
import type { HarnessHost } from './harnessHost';

export async function openHarnessPage(context: BrowserContext, harness: HarnessHost): Promise<Page> {
  const page = await context.newPage();
  await page.exposeBinding('__pustakaHost', (_source, channel: unknown, input: unknown) => answerAsJson(() => harness.host.invoke(channel, input)));
  await page.addInitScript({ content: PLAYWRIGHT_BRIDGE_SCRIPT });
  return page;
}
