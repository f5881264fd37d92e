/**
 * The presenter on an office laptop with Windows display scaling: a 1920×1080 panel at 125 % or
 * 150 % gives a maximised window of about 1536×790 or 1280×650 CSS pixels (the screen divided by
 * the scale, less the taskbar and the title bar), and a 1366×768 panel at 125 % about 1093×560.
 * The speaker notes must still show at least 8 lines there. Screenshots at 125 % in light and
 * dark go to test-results/screenshots/.
 */
import type { Page } from '@playwright/test';
import { openHarnessPage } from '../host/harnessPage';
import { PresenterView, SEMINAR_DECK } from '../pages/PresentationPages';
import { expect, test } from '../fixtures';

/** Lines of notes text the notes box shows at once: its inner height over the text's line height. */
async function visibleNoteLines(page: Page): Promise<{ lines: number; textLines: number }> {
  return page.locator('.presenter-notes').evaluate((box) => {
    const body = box.querySelector('.notes-body') as HTMLElement;
    const style = getComputedStyle(box);
    const inner = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const lineHeight = parseFloat(getComputedStyle(body.querySelector('p') ?? body).lineHeight);
    const head = box.querySelector('.notes-head') as HTMLElement | null;
    const headHeight = head ? head.getBoundingClientRect().height + parseFloat(getComputedStyle(head).marginBottom) : 0;
    return { lines: Math.floor((inner - headHeight) / lineHeight), textLines: Math.round(body.getBoundingClientRect().height / lineHeight) };
  });
}

const LAPTOPS = [
  { name: '1920×1080 at 125 %', scale: 1.25, viewport: { width: 1536, height: 790 }, shot: '125' },
  { name: '1920×1080 at 150 %', scale: 1.5, viewport: { width: 1280, height: 650 }, shot: null },
  { name: '1366×768 at 125 %', scale: 1.25, viewport: { width: 1093, height: 560 }, shot: null },
] as const;

for (const laptop of LAPTOPS) {
  test.describe(`presenter on a ${laptop.name} laptop`, () => {
    test.use({ viewport: laptop.viewport, deviceScaleFactor: laptop.scale });
    for (const theme of laptop.shot ? (['light', 'dark'] as const) : (['light'] as const)) {
      test(`speaker notes show at least 8 lines, ${theme}`, async ({ context, harness }) => {
        await harness.host.invoke('app:setTheme', { theme });
        const page = await openHarnessPage(context, harness);
        const presenter = new PresenterView(page);
        await presenter.open(harness.url, 'dokumen', SEMINAR_DECK);
        expect(await page.evaluate(() => window.devicePixelRatio)).toBe(laptop.scale);
        // The last slide has the deck's longest notes (over 500 characters).
        await page.keyboard.press('End');
        await presenter.expectSlide(22, 22);
        await expect(presenter.notes.locator('.notes-body')).toBeVisible();
        const { lines, textLines } = await visibleNoteLines(page);
        test.info().annotations.push({ type: 'notes-lines', description: `${laptop.name}, ${theme}: ${lines} lines fit, ${textLines} lines of notes` });
        expect(textLines, 'the notes are long enough to fill 8 lines').toBeGreaterThanOrEqual(8);
        expect(Math.min(lines, textLines), `notes lines visible at ${laptop.name}`).toBeGreaterThanOrEqual(8);
        // Nothing of the presenter is cut off or scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        if (laptop.shot) await page.screenshot({ path: `test-results/screenshots/presenter-${laptop.shot}-${theme}.png` });
      });
    }
  });
}
