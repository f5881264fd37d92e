import { AppPage } from '../pages/AppPage';
import { expect, test } from '../fixtures';

test.describe('window.pustaka in the page', () => {
  test('exposes only invoke and on, frozen, and hides the raw binding', async ({ page, harness }) => {
    await new AppPage(page, harness.url).open('/');
    const shape = await page.evaluate(() => ({
      keys: Object.keys(window.pustaka ?? {}).sort(),
      frozen: Object.isFrozen(window.pustaka),
      rawBinding: 'pustakaHost' in window || '__pustakaHost' in window,
    }));
    expect(shape).toEqual({ keys: ['invoke', 'on'], frozen: true, rawBinding: false });
  });

  test('answers a bad input with a typed error in Indonesian and writes nothing', async ({ page, harness }) => {
    await new AppPage(page, harness.url).open('/');
    const before = harness.host.settings.get();
    const result = await page.evaluate(() =>
      window.pustaka!.invoke('app:setLanguage', { language: 'fr' } as never),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/^Permintaan tidak valid/);
    expect(harness.host.settings.get()).toEqual(before);
  });

  test('refuses channels that are not in the contract', async ({ page, harness }) => {
    await new AppPage(page, harness.url).open('/');
    const result = await page.evaluate(() => window.pustaka!.invoke('fs:readFile' as never, { path: '/etc/passwd' } as never));
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});

test.describe('security floor', () => {
  test('serves the app with a strict Content Security Policy that allows no inline script and no eval', async ({ page, harness }) => {
    const response = await page.goto(harness.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // page.evaluate itself is exempt from CSP, so probe through the DOM as a page script would.
    const probe = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations };
    });
    expect(probe.ran).toBe(false);
    expect(probe.violations).toContain('script-src-elem');
  });

  test('refuses to serve files outside the app folder', async ({ request, harness }) => {
    for (const probe of ['..%2f..%2fpackage.json', '%2e%2e/%2e%2e/package.json', '..%252f..%252fpackage.json']) {
      const response = await request.get(`${harness.url}${probe}`);
      expect(response.status(), probe).toBeGreaterThanOrEqual(400);
    }
  });
});
