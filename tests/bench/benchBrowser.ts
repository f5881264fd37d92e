/** Chromium for the renderer benchmarks, launched as the e2e tests launch it. */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

export function launchBenchBrowser(): Promise<Browser> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
