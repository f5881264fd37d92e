/** The real app in Electron: window, preload API, security settings and CSP. */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, launchApp, SKIP_MESSAGE } from '../electronBinary';

const binary = findElectronBinary();
test.skip(!binary, SKIP_MESSAGE);

let app: ElectronApplication;
let page: Page;
let close = async () => {};

test.beforeAll(async () => {
  ({ app, page, close } = await launchApp(binary!, 'pustaka-electron-'));
});

test.afterAll(() => close());

test('opens one window titled Pustaka Inovasi on the app:// origin', async () => {
  await expect(page).toHaveTitle('Pustaka Inovasi');
  expect(page.url()).toBe('app://app/index.html#/');
  expect(app.windows()).toHaveLength(1);
});

test('runs the renderer isolated, sandboxed and without Node', async () => {
  // Electron has no public getter for webPreferences; check what the page can and cannot reach.
  expect(await page.evaluate(() => typeof (globalThis as unknown as { Buffer?: unknown }).Buffer)).toBe('undefined');
  expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual([
    'undefined',
    'undefined',
  ]);
});

test('exposes exactly window.pustaka, and it answers the contract', async () => {
  expect(await page.evaluate(() => Object.keys(window.pustaka ?? {}).sort())).toEqual(['invoke', 'on']);
  const info = await page.evaluate(() => window.pustaka!.invoke('app:info'));
  expect(info).toMatchObject({ ok: true, value: { name: expect.any(String), language: 'id' } });
  const bad = await page.evaluate(() => window.pustaka!.invoke('app:setLanguage', { language: 'xx' } as never));
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

test('serves app:// with the strict Content Security Policy', async () => {
  const csp = await page.evaluate(async () => (await fetch('app://app/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
});

test('denies new windows and navigation away from the app', async () => {
  await page.evaluate(() => window.open('app://app/index.html'));
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hosts';
  });
  await page.waitForTimeout(300);
  expect(page.url().startsWith('app://app/')).toBe(true);
});

test('stays on the app page when a link in a document points at a raw file under app://', async () => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = './__content/assets/x.svg';
    document.body.append(link);
    link.click();
  });
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(/^app:\/\/app\/index\.html#\//);
});

test('answers every permission check with "denied"', async () => {
  const states = await page.evaluate(async () =>
    Promise.all((['notifications', 'geolocation', 'camera'] as PermissionName[]).map(async (name) => (await navigator.permissions.query({ name })).state)),
  );
  expect(states).toEqual(['denied', 'denied', 'denied']);
});
