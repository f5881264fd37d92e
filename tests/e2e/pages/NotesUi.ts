/** Page object for annotating: selecting text in a document, the toolbar, the notes panel, the Notes page. */
import { expect, type Locator, type Page } from '@playwright/test';

export class NotesUi {
  readonly toolbar: Locator;
  readonly panel: Locator;
  readonly marks: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Alat sorotan' });
    this.panel = page.locator('.notes-panel');
    this.marks = page.locator('.prose mark.note-hl');
    this.items = page.locator('.notes-item');
  }

  /** Selects the first occurrence of `text` in the document body, as a mouse drag would. */
  async select(text: string): Promise<void> {
    const found = await this.page.evaluate((needle) => {
      const root = document.querySelector('.prose')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    }, text);
    expect(found, `"${text}" in the document`).toBe(true);
    await expect(this.toolbar).toBeVisible();
  }

  noteEditorFor(quote: string): Locator {
    return this.panel.getByRole('textbox', { name: `Catatan untuk: ${quote}` });
  }
}
