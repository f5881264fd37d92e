/**
 * Journeys with the keyboard alone (no clicks: only key presses and typing), and at every
 * step the element with the focus shows that it has it.
 */
import type { Locator, Page } from '@playwright/test';
import { openHarnessPage } from '../host/harnessPage';
import { AppPage } from '../pages/AppPage';
import { DocumentPage } from '../pages/DocumentPage';
import { NotesUi } from '../pages/NotesUi';
import { AudienceView, PresenterView, SEMINAR_DECK } from '../pages/PresentationPages';
import { SearchUi } from '../pages/SearchPage';
import { expect, test } from '../fixtures';

const DOC = 'praktik-antrean-puskesmas-daring';
const QUOTE = 'kewalahan oleh antrean pagi';

/** The focused element, and whether an outline or a box-shadow marks it. */
async function expectFocusVisible(page: Page, step: string): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { described: 'nothing (body)', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { described: `<${el.tagName.toLowerCase()}> “${label}”`, visible: outline || shadow };
  });
  expect(focus.visible, `${step}: focus on ${focus.described} is visible`).toBe(true);
}

/** Presses Tab until `target` has the focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, step: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await expectFocusVisible(page, `${step}, Tab ${i + 1}`);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${step}: Tab never reached the target in ${limit} presses`);
}

async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

test.describe('keyboard only', () => {
  // Long journeys, one key at a time: three times the usual time, for a busy machine.
  test.slow();
  test('search from the top bar and open a suggestion, then a hit on the results page', async ({ page, harness }) => {
    const app = new AppPage(page, harness.url);
    const search = new SearchUi(page);
    await app.open('/');

    await tabTo(page, search.box, 'to the search box');
    await page.keyboard.type('antrean puskesmas');
    await expect(search.options.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
    await expectFocusVisible(page, 'search box with a suggestion chosen');
    // The chosen suggestion is marked too, not only by a background tint.
    expect(await search.options.first().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    const chosen = (await search.options.first().locator('.option-title').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/dokumen\//);
    await expect(app.heading).toHaveText(chosen.split(' › ')[0]!);
    await page.keyboard.press('Tab');
    await expectFocusVisible(page, 'first Tab in the opened document');

    // The full results page: Enter with no suggestion chosen, then Tab to the first hit.
    await page.keyboard.press('Control+k');
    await expect(search.box).toBeFocused();
    await expectFocusVisible(page, 'Ctrl+K');
    await page.keyboard.type('jemput bola');
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText('Cari');
    const firstHit = search.hits.first().getByRole('link').first();
    await expect(firstHit).toBeVisible();
    const title = ((await firstHit.textContent()) ?? '').trim();
    await tabTo(page, firstHit, 'to the first hit');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/dokumen\//);
    await expect(app.heading).toHaveText(title);
  });

  test('select a passage with find-in-page and Shift+arrows, highlight it and write a note', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);

    // Ctrl+F finds the words; Esc closes the bar and leaves the match selected, as a browser does.
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Cari di dokumen ini' });
    await expect(find).toBeFocused();
    await expectFocusVisible(page, 'find in page');
    await page.keyboard.type(QUOTE);
    await expect(page.getByRole('status').filter({ hasText: '1 dari 1' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(find).toHaveCount(0);
    await expect.poll(() => selectedText(page)).toBe(QUOTE);
    await expectFocusVisible(page, 'document text holding the selection');

    // Shift+Ctrl+→ twice takes in the full stop and the next word.
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.press('Shift+Control+ArrowRight');
    const passage = `${QUOTE}. Dinas`;
    await expect.poll(() => selectedText(page)).toBe(passage);
    await expect(notes.toolbar).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(notes.toolbar.getByRole('button', { name: 'Sorot kuning' })).toBeFocused();
    await expectFocusVisible(page, 'first toolbar button');
    await tabTo(page, notes.toolbar.getByRole('button', { name: 'Tambah catatan' }), 'to “Tambah catatan”', 6);
    await page.keyboard.press('Enter');

    const editor = notes.noteEditorFor(passage);
    await expect(editor).toBeFocused();
    await expectFocusVisible(page, 'note editor');
    await page.keyboard.type('Bahas di rapat: kuota antrean daring.');
    await expect(notes.panel.getByText('Tersimpan')).toBeVisible();
    await expect(notes.marks.filter({ hasText: QUOTE })).toHaveClass(/note-hl-kuning/);
    await expect(notes.marks.first()).toContainText(QUOTE);

    // A second passage in another colour; focus comes back to the text, not to nowhere.
    await page.keyboard.press('Control+f');
    await expect(find).toBeFocused();
    await page.keyboard.type('Puskesmas');
    await expect(page.getByRole('status').filter({ hasText: /^1 dari \d+$/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await selectedText(page)).toLowerCase()).toBe('puskesmas');
    await page.keyboard.press('Tab');
    await expectFocusVisible(page, 'toolbar, second passage');
    await page.keyboard.press('Tab');
    await expect(notes.toolbar.getByRole('button', { name: 'Sorot hijau' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(notes.marks.filter({ hasText: /^Puskesmas$/i }).first()).toHaveClass(/note-hl-hijau/);
    await expect(notes.toolbar).toHaveCount(0);
    await expectFocusVisible(page, 'after highlighting');
    await expect(notes.marks).toHaveCount(2);
  });

  test('highlight a paragraph and note another with the paragraph cursor: p, Shift+P, Tab to the toolbar', async ({ page, harness }) => {
    const reader = new DocumentPage(page, harness.url);
    const notes = new NotesUi(page);
    await reader.open(DOC);
    const notice = page.getByRole('status').filter({ hasText: /^Paragraf \d+ dari \d+ dipilih/ });
    const cursor = page.locator('.prose .paragraph-cursor');
    const cursorText = () => cursor.evaluate((el) => (el.textContent ?? '').trim());

    await page.keyboard.press('p');
    await expect(notice).toContainText(/^Paragraf 1 dari \d+ dipilih/);
    await expect(cursor).toBeFocused();
    await expectFocusVisible(page, 'paragraph 1 under the cursor');
    await expect.poll(() => selectedText(page)).toBe(await cursorText());
    await expect(notes.toolbar).toBeVisible();

    await page.keyboard.press('p');
    await expect(notice).toContainText(/^Paragraf 2 dari/);
    await page.keyboard.press('p');
    await expect(notice).toContainText(/^Paragraf 3 dari/);
    await page.keyboard.press('Shift+P');
    await expect(notice).toContainText(/^Paragraf 2 dari/);
    const second = await cursorText();
    await expect.poll(() => selectedText(page)).toBe(second);
    await page.screenshot({ path: 'test-results/screenshots/paragraph-cursor-light.png' });

    // The same toolbar as for any selection: Tab into it, Tab to green, Enter.
    await page.keyboard.press('Tab');
    await expect(notes.toolbar.getByRole('button', { name: 'Sorot kuning' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(notes.toolbar.getByRole('button', { name: 'Sorot hijau' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(notes.marks.first()).toHaveClass(/note-hl-hijau/);
    await expect(notes.marks.first()).toContainText(second.slice(0, 30));
    await expect(notes.toolbar).toHaveCount(0);
    await expect(notice).toHaveCount(0);
    await expectFocusVisible(page, 'after highlighting a paragraph');

    // The next paragraph, with a note this time.
    await page.keyboard.press('p');
    await expect(notice).toContainText(/^Paragraf 3 dari/);
    const third = await cursorText();
    await page.keyboard.press('Tab');
    await tabTo(page, notes.toolbar.getByRole('button', { name: 'Tambah catatan' }), 'to “Tambah catatan”', 6);
    await page.keyboard.press('Enter');
    const editor = notes.panel.getByRole('textbox', { name: /^Catatan untuk: / }).last();
    await expect(editor).toBeFocused();
    await page.keyboard.type('Paragraf ini untuk bahan rapat.');
    await expect(notes.panel.getByText('Tersimpan')).toBeVisible();
    await expect(notes.marks.filter({ hasText: third.slice(0, 30) }).first()).toHaveClass(/note-hl-kuning/);
    const saved = (await harness.host.invoke('notes:forDocument', { docId: DOC })) as { value: { highlights: { anchor: { quote: string } }[]; notes: { body: string }[] } };
    expect(saved.value.highlights.map((h) => h.anchor.quote).sort()).toEqual([second, third].sort());
    expect(saved.value.notes.map((n) => n.body)).toContain('Paragraf ini untuk bahan rapat.');

    // Esc on the paragraph takes the cursor and the selection away.
    await page.locator('main').focus();
    await page.keyboard.press('p');
    await expect(notice).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(notice).toHaveCount(0);
    await expect.poll(() => selectedText(page)).toBe('');
  });

  test('start presenting the seminar deck and move through the slides, from both views', async ({ page, harness, context }) => {
    const app = new AppPage(page, harness.url);
    await app.open('/');
    await tabTo(page, app.navLink('Presentasi'), 'to “Presentasi”');
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText('Presentasi');
    const start = page.locator('.deck-item', { hasText: 'Dek Presentasi' }).getByRole('button', { name: 'Presentasikan' });
    await tabTo(page, start, 'to the deck’s “Presentasikan”');
    await page.keyboard.press('Enter');

    const audience = new AudienceView(page);
    await expect(audience.slide).toBeVisible();
    await audience.expectSlide(1);
    await audience.press('ArrowRight');
    await audience.expectSlide(2);
    await audience.press('Space', 'PageDown');
    await audience.expectSlide(4);
    await audience.press('ArrowLeft');
    await audience.expectSlide(3);

    // The presenter view beside it, driven by its own buttons through the keyboard.
    const presenterPage = await openHarnessPage(context, harness);
    const presenter = new PresenterView(presenterPage);
    await presenter.open(harness.url, 'dokumen', SEMINAR_DECK);
    await presenter.expectSlide(3, 22);
    await tabTo(presenterPage, presenterPage.getByRole('button', { name: 'Berikutnya →' }), 'to “Berikutnya”');
    await presenterPage.keyboard.press('Enter');
    await audience.expectSlide(4);
    await presenter.expectSlide(4, 22);
    await expectFocusVisible(presenterPage, 'after “Berikutnya”');
    await presenterPage.keyboard.press('ArrowRight');
    await audience.expectSlide(5);
    await presenterPage.keyboard.press('End');
    await presenter.expectSlide(22, 22);
    await audience.expectSlide(22);
    await presenterPage.close();

    await page.bringToFront();
    await audience.press('Home');
    await audience.expectSlide(1);
    await audience.press('Escape');
    // Esc returns to where presenting was started: the Presentasi page.
    await expect(app.heading).toHaveText('Presentasi');
    await page.keyboard.press('Tab');
    await expectFocusVisible(page, 'first Tab after leaving the presentation');
  });
});
