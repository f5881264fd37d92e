/**
 * Hostile HTML inside a library document or a note never reaches the page in a form that can run,
 * fetch anything from outside, or leave an outside address behind. Besides the hand-written
 * fixture, every payload of DOMPurify's own test suite and a list of outside-resource tricks
 * (tests/e2e/hostile-payloads/) go through both sanitisers.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { compileLibrary, writeLibrary } from '../../../build/content/compile';
import { DocumentPage } from '../pages/DocumentPage';
import { expect, test } from '../fixtures';

const source = path.join(import.meta.dirname, '..', 'content-fixtures', 'hostile');
const payloadDir = path.join(import.meta.dirname, '..', 'hostile-payloads');
const SENTINEL = 'Teks biasa yang aman tetap tampil.';
let workDir = '';
let outDir = '';
const readPayloads = (file: string) => (JSON.parse(readFileSync(path.join(payloadDir, file), 'utf8')) as { payloads: string[] }).payloads;
const payloads = [...readPayloads('dompurify-vectors.json'), ...readPayloads('outside-resources.json')];
/** Documents are checked in groups, each a test of its own, so none runs long on a busy machine. */
const GROUP = 45;

const docId = (i: number) => `muatan-${String(i).padStart(3, '0')}`;
const marker = (i: number) => `Penanda muatan ${String(i).padStart(3, '0')}.`;

/**
 * One generated guide per payload, so no payload can swallow the next (an unclosed <form>,
 * <plaintext> or comment would hide everything after it from the test). The marker comes first:
 * seeing it proves this document, with its payload, is the one on screen.
 */
function payloadDocument(i: number, payload: string): string {
  const front = ['---', `id: ${docId(i)}`, 'type: guide', `title: "Muatan Uji ${i}"`, 'summary: "Muatan berbahaya dari daftar uji; tidak boleh berjalan atau memuat apa pun dari luar."', 'updated: 2026-12-03', '---'];
  return [...front, '## Muatan', '', marker(i), '', payload, ''].join('\n');
}

test.beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-hostile-src-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-hostile-'));
  await cp(source, workDir, { recursive: true });
  await mkdir(path.join(workDir, 'muatan'));
  await Promise.all(payloads.map((payload, i) => writeFile(path.join(workDir, 'muatan', `${docId(i)}.md`), payloadDocument(i, payload))));
  await writeLibrary(await compileLibrary(workDir), workDir, outDir);
});
test.afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
});
test.use({ contentDir: async ({}, use) => use(outDir) });

/**
 * Records anything a payload could make run, every request the CSP had to block, and adds the
 * scan for leftovers. Only blocked
 * requests count: Chromium also reports inline handlers, styles and <base> met while DOMPurify parses
 * the markup in its inert document (nothing runs or loads there), and zod's one-off check whether
 * eval works.
 */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __executed: string[]; __cspBlocked: string[]; __leftovers(root: Element | null): string[] } & Record<string, unknown>;
    w.__executed = [];
    w.__cspBlocked = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      w[name] = (...args: unknown[]) => void w.__executed.push(`${name}(${args.map(String).join(',')})`);
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.violatedDirective !== 'base-uri' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(event.blockedURI)) w.__cspBlocked.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    // Script elements and frames, event handlers, and URL attributes that point outside (links
    // may keep web addresses: the app asks the reader before opening them in the browser).
    w.__leftovers = (root) => {
      if (!root) return ['(nothing to check)'];
      const URL_ATTRIBUTES = /^(src|srcset|poster|background|href|xlink:href|action|formaction|data|cite|longdesc|ping|style|lowsrc|dynsrc|codebase|manifest|imagesrcset)$/i;
      const OUTSIDE = /(?:^|[\s,('"])(?:[a-z][a-z0-9+.-]*:|\/\/|[\\/]\\)/i;
      const LINK = /^(?:https?:\/\/[^/\\]|mailto:|#)/i;
      const found: string[] = [];
      const elements = [root, ...Array.from(root.querySelectorAll('*'))];
      for (const el of elements) {
        const tag = el.tagName.toLowerCase();
        if (/^(script|iframe|frame|object|embed|form|meta|base|link|style|template|input|button|textarea|select)$/.test(tag)) found.push(`<${tag}>`);
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          const value = attr.value.trim();
          if (name.startsWith('on')) found.push(`${tag}[${name}]`);
          if (name.startsWith('xmlns')) continue;
          const isLink = (tag === 'a' || tag === 'area') && (name === 'href' || name === 'xlink:href');
          if (isLink) {
            if (!LINK.test(value)) found.push(`${tag}[${name}=${value.slice(0, 60)}]`);
          } else if ((URL_ATTRIBUTES.test(name) || /url\s*\(/i.test(value)) && (OUTSIDE.test(value) || /url\s*\(\s*['"]?(?!#)/i.test(value))) {
            if (!value.startsWith('./__content/')) found.push(`${tag}[${name}=${value.slice(0, 60)}]`);
          }
        }
      }
      return found;
    };
  });
}

async function executionReport(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __executed: string[]; __cspBlocked: string[]; __pwned?: unknown };
    return { executed: w.__executed, cspBlocked: w.__cspBlocked, pwned: w.__pwned ?? null };
  });
}

type HostileWindow = { __executed: string[]; __cspBlocked: string[]; __pwned?: unknown; __leftovers(root: Element | null): string[] };

/** What is left under `selector` that could run or points outside (see instrument()). */
async function leftovers(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => (window as unknown as HostileWindow).__leftovers(document.querySelector(sel)), selector);
}

test('scripts, event handlers, javascript: URLs, frames and SVG tricks are all neutralised', async ({ page, harness }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await instrument(page);
  const reader = new DocumentPage(page, harness.url);
  await reader.open('panduan-berbahaya');
  await expect(reader.body).toContainText(SENTINEL);

  // Give anything that could fire (onerror, onload, autofocus, refresh) the chance to.
  await reader.body.getByText('klik saya').click();
  await page.waitForTimeout(500);
  expect(await executionReport(page)).toEqual({ executed: [], cspBlocked: [], pwned: null });
  expect(dialogs).toEqual([]);
  expect(page.url()).toContain('#/dokumen/panduan-berbahaya');
  expect(await leftovers(page, '.prose')).toEqual([]);

  // Clicking what is left of the javascript: links does nothing either.
  await reader.body.getByText('tautan javascript').click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('the payload lists are all there: DOMPurify’s test suite and the outside-resource tricks', () => {
  expect(readPayloads('dompurify-vectors.json').length).toBeGreaterThan(200);
  expect(readPayloads('outside-resources.json').length).toBeGreaterThan(40);
});

for (let from = 0; from < payloads.length; from += GROUP) {
  const to = Math.min(from + GROUP, payloads.length);
  test(`DOMPurify test payloads and outside-resource tricks ${from}–${to - 1} in library documents: nothing runs, nothing is fetched, no outside URL is left`, async ({ page, harness, offlineViolations }) => {
    const ids = payloads.map((_, i) => docId(i)).slice(from, to);
    const markers = payloads.map((_, i) => marker(i)).slice(from, to);
    await instrument(page);
    await page.goto(`${harness.url}#/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // In-app navigation, as a reader following links, one document per payload; the loop runs in
    // the page, so a group takes seconds.
    const found = await page.evaluate(
      async ({ ids, markers }) => {
        const w = window as unknown as HostileWindow;
        const problems: string[] = [];
        for (let i = 0; i < ids.length; i++) {
          location.hash = `#/dokumen/${ids[i]}`;
          const started = performance.now();
          let prose = document.querySelector('.prose');
          while (!prose?.textContent?.includes(markers[i]!)) {
            if (performance.now() - started > 10_000) {
              problems.push(`${ids[i]}: never shown`);
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 5));
            prose = document.querySelector('.prose');
          }
          for (const leftover of w.__leftovers(prose)) problems.push(`${ids[i]}: ${leftover}`);
        }
        return problems;
      },
      { ids, markers },
    );
    await page.waitForTimeout(500);

    expect(found).toEqual([]);
    expect(await executionReport(page)).toEqual({ executed: [], cspBlocked: [], pwned: null });
    expect(offlineViolations).toEqual([]);
    expect(page.url()).toContain(`#/dokumen/${docId(to - 1)}`);
  });
}

test('the same payloads written into notes: nothing runs, nothing is fetched, no outside URL is left', async ({ page, harness, offlineViolations }) => {
  test.setTimeout(120_000);
  // One note per payload: each note is sanitised on its own, so none can hide another.
  for (let i = 0; i < payloads.length; i++) {
    const created = await harness.host.invoke('notes:createNote', { target: { kind: 'free' }, body: `${marker(i)}\n\n${payloads[i]}` });
    expect(created.ok, `note ${i}`).toBe(true);
  }

  await instrument(page);
  await page.goto(`${harness.url}#/catatan`);
  const bodies = page.locator('.note-body');
  await expect(bodies).toHaveCount(payloads.length);
  const markers = await bodies.evaluateAll((nodes) => nodes.map((node) => /Penanda muatan \d{3}\./.exec(node.textContent ?? '')?.[0] ?? ''));
  expect(markers.sort()).toEqual(payloads.map((_, i) => marker(i)).sort());
  await page.waitForTimeout(500);

  expect(await executionReport(page)).toEqual({ executed: [], cspBlocked: [], pwned: null });
  expect(offlineViolations).toEqual([]);
  const found: string[] = [];
  for (let i = 0; i < payloads.length; i++) for (const leftover of await leftovers(page, `.notes-list > li:nth-child(${i + 1}) .note-body`)) found.push(`note ${i + 1}: ${leftover}`);
  expect(found).toEqual([]);
  expect(await bodies.locator('source, select, template, img').count()).toBe(0);
});
