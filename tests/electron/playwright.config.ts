import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results/electron',
  globalSetup: './globalSetup.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
