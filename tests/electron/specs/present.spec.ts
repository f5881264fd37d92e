/** Presenting in the real app: the host opens the audience window, and both windows stay in step. */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, launchApp, SKIP_MESSAGE } from '../electronBinary';

const binary = findElectronBinary();
test.skip(!binary, SKIP_MESSAGE);

let app: ElectronApplication;
let page: Page;
let close = async () => {};

test.beforeAll(async () => {
  ({ app, page, close } = await launchApp(binary!, 'pustaka-electron-present-'));
});

test.afterAll(() => close());

test('opens the audience view in its own hardened window and keeps it in step with the presenter view', async () => {
  await page.evaluate(() => (location.hash = '#/presentasi'));
  const opened = app.waitForEvent('window');
  await page.locator('.deck-item').first().getByRole('button', { name: 'Presentasikan' }).click();
  const audience = await opened;
  await expect(audience.locator('.audience[data-slide="1"]')).toBeVisible();
  expect(audience.url()).toMatch(/^app:\/\/app\/index\.html#\/tampil\/dokumen\/[a-z0-9-]+\?jendela=1$/);
  await expect(page.getByTestId('position')).toHaveText(/^Salindia 1 dari \d+$/);
  await page.keyboard.press('ArrowRight');
  await expect(audience.locator('.audience[data-slide="2"]')).toBeVisible();
  expect(await audience.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await audience.keyboard.press('Escape');
  await expect.poll(() => app.windows().length).toBe(1);
});

test('refuses a presenting window for a route outside the app', async () => {
  const answer = await page.evaluate(() => window.pustaka!.invoke('present:openWindow', { view: 'audience', route: 'https://contoh.go.id/' } as never));
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});
