import { openHarnessPage } from '../host/harnessPage';
import { DocumentPage } from '../pages/DocumentPage';
import { NotesUi } from '../pages/NotesUi';
import { AudienceView, PresenterView } from '../pages/PresentationPages';
import { expect, test } from '../fixtures';

const DOC = 'praktik-antrean-puskesmas-daring';
const QUOTE = 'kewalahan oleh antrean pagi';
const NOTE = 'Tanyakan: berapa lama peserta antre di puskesmas mereka?';

test('a profile annotated in the reader shows its notes in the presenter view, never to the audience', async ({ page, harness, context }) => {
  const reader = new DocumentPage(page, harness.url);
  const notes = new NotesUi(page);
  await reader.open(DOC);
  await notes.select(QUOTE);
  await notes.toolbar.getByRole('button', { name: 'Sorot hijau' }).click();
  await notes.marks.first().click();
  await notes.noteEditorFor(QUOTE).fill(NOTE);
  await expect(notes.panel.getByText('Tersimpan')).toBeVisible();
  // The section the passage sits in: its slide is where the note must appear.
  const heading = await notes.marks.first().evaluate((mark) => {
    const headings = [...document.querySelectorAll('.prose h2')];
    return headings.filter((h) => h.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING).pop()?.textContent?.trim() ?? '';
  });
  expect(heading).not.toBe('');

  const audience = new AudienceView(page);
  await audience.open(harness.url, 'dokumen', DOC);
  const presenterPage = await openHarnessPage(context, harness);
  const presenter = new PresenterView(presenterPage);
  await presenter.open(harness.url, 'dokumen', DOC);
  await presenter.overview.getByRole('button', { name: new RegExp(heading) }).click();
  const mine = presenterPage.getByRole('region', { name: 'Catatan saya' });
  await expect(mine).toContainText(QUOTE);
  await expect(mine).toContainText(NOTE);
  await expect(audience.slide.locator('h2')).toHaveText(heading);
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expect(page.getByText('Catatan saya')).toHaveCount(0);
});
