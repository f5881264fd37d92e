/** Presenting in a real room: title slides per document, notes that can grow, the time of day, legible diagrams, Esc back. */
import { expect, test } from '../fixtures';
import { AudienceView, PresenterView, SEMINAR_DECK } from '../pages/PresentationPages';
import type { HarnessHost } from '../host/harnessHost';

const PRACTICE = 'praktik-jemput-bola-adminduk-desa';
const GUIDE = 'panduan-memilih-inovasi';

async function makePack(harness: HarnessHost): Promise<string> {
  const answer = (await harness.host.invoke('packs:save', {
    pack: { title: 'Sesi Uji', date: '', audience: '', trainer: '', durationMinutes: 60, items: [{ docId: PRACTICE }, { docId: GUIDE }] },
  })) as { ok: boolean; value?: { id: string }; error?: unknown };
  expect(answer.ok, JSON.stringify(answer.error)).toBe(true);
  return answer.value!.id;
}

test('a session pack opens each document with its title slide, and the strip is grouped by document', async ({ page, harness }) => {
  const id = await makePack(harness);
  const audience = new AudienceView(page);
  await audience.open(harness.url, 'paket', id);
  await expect(audience.slide.locator('h1')).toHaveText(/^Adminduk Tuntas di Desa/);
  await audience.press('ArrowRight');
  await expect(audience.slide.locator('h2').first()).toHaveText('Ringkasan');

  const presenter = new PresenterView(page);
  await presenter.open(harness.url, 'paket', id);
  const groups = presenter.overview.locator('.overview-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).getByRole('heading')).toHaveText(/^Adminduk Tuntas di Desa/);
  await expect(groups.nth(1).getByRole('heading')).toHaveText('Memilih Inovasi yang Akan Direplikasi');
  await expect(groups.nth(1).getByRole('button').first()).toContainText('Judul dokumen');
});

test('speaker notes grow with Ctrl + and shrink with Ctrl −, the split can be moved, and the time of day shows', async ({ page, harness }) => {
  const presenter = new PresenterView(page);
  await presenter.open(harness.url, 'dokumen', SEMINAR_DECK);
  await expect(page.getByTestId('time-of-day')).toHaveText(/^\d{2}[.:]\d{2}$/);
  const notesSize = () => presenter.notes.locator('.notes-body, .notes-none').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await notesSize();
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await expect.poll(notesSize).toBeGreaterThan(before * 1.3);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect.poll(notesSize).toBeLessThan(before);
  await presenter.notes.getByRole('button', { name: /Perbesar catatan/ }).click();
  await expect.poll(notesSize).toBeGreaterThan((before * 0.8) + 1);

  const width = () => page.locator('.presenter-current').evaluate((el) => el.getBoundingClientRect().width);
  const slideWidth = await width();
  const splitter = page.getByRole('separator', { name: /membagi lebar/ });
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(width).toBeLessThan(slideWidth - 120);
  // The layout is the trainer's: it is still there after a reload.
  const narrowed = await width();
  await page.reload();
  await expect.poll(width).toBeCloseTo(narrowed, -1);
});

test('the pentahelix diagram labels are at least 18 px on a 1024×768 slide', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const audience = new AudienceView(page);
  await audience.open(harness.url, 'dokumen', 'panduan-kolaborasi-pentahelix');
  const image = audience.slide.locator('img[src*="pentahelix"]');
  for (let i = 0; i < 15 && (await image.count()) === 0; i++) await audience.press('ArrowRight');
  await expect(image).toBeVisible();
  const svg = await page.evaluate(async (src) => (await fetch(src)).text(), (await image.getAttribute('src'))!);
  const viewWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
  const smallest = Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
  const drawnWidth = (await image.boundingBox())!.width;
  expect(smallest * (drawnWidth / viewWidth), 'smallest label in px').toBeGreaterThanOrEqual(18);
});

test('Esc after presenting returns to the place in the document where presenting started', async ({ page, harness }) => {
  await page.goto(`${harness.url}#/dokumen/${SEMINAR_DECK}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Read a little, with the button still in view at the top.
  const button = page.getByRole('button', { name: 'Presentasikan' });
  await page.locator('#main').evaluate((el) => el.scrollTo({ top: 900 }));
  await button.scrollIntoViewIfNeeded();
  const before = await page.locator('#main').evaluate((el) => Math.round(el.scrollTop));
  expect(before).toBeGreaterThan(50);
  await button.click();
  const audience = new AudienceView(page);
  await expect(audience.slide).toBeVisible();
  await audience.press('ArrowRight', 'Escape');
  await expect(page).toHaveURL(new RegExp(`#/dokumen/${SEMINAR_DECK}$`));
  await expect.poll(() => page.locator('#main').evaluate((el) => Math.round(el.scrollTop))).toBe(before);
});

test('the handout cover keeps "Widyaiswara/fasilitator" clear of its value', async ({ page, harness }) => {
  const answer = (await harness.host.invoke('packs:save', {
    pack: { title: 'Sesi Sampul', date: '2026-12-03', audience: 'Tim inovasi', trainer: 'Ibu Widyaiswara Contoh', durationMinutes: 90, items: [{ docId: PRACTICE }] },
  })) as { value: { id: string } };
  await page.goto(`${harness.url}#/cetak/paket/${answer.value.id}?tata=dokumen`);
  await expect(page.locator('.handout[data-ready="1"]')).toBeVisible();
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    const label = (await page.locator('.handout-cover dt', { hasText: 'Widyaiswara/fasilitator' }).boundingBox())!;
    const value = (await page.locator('.handout-cover dd', { hasText: 'Ibu Widyaiswara Contoh' }).boundingBox())!;
    const labelRight = await page.locator('.handout-cover dt', { hasText: 'Widyaiswara/fasilitator' }).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().right;
    });
    expect(Math.max(label.x + label.width, labelRight), media).toBeLessThanOrEqual(value.x);
  }
});
