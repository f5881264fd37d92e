/** Page object for a session pack: its form, its running order and its actions. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PackEditorPage {
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByRole('list', { name: 'Urutan materi' }).getByRole('listitem');
  }

  async fill(fields: { title: string; date: string; audience: string; trainer: string; duration: number }): Promise<void> {
    await this.page.getByLabel('Judul sesi').fill(fields.title);
    // Typed day first, as a user in Indonesia writes it (the field shows dd/mm/yyyy).
    await this.page.getByLabel('Tanggal').fill(fields.date.split('-').reverse().join('/'));
    await this.page.getByLabel('Peserta').fill(fields.audience);
    await this.page.getByLabel('Widyaiswara/fasilitator').fill(fields.trainer);
    await this.page.getByLabel('Durasi (menit)').fill(String(fields.duration));
  }

  async add(docId: string, sectionId?: string): Promise<void> {
    // The searchable picker: type words (a document key matches too), then choose the option.
    const picker = this.page.getByRole('combobox', { name: 'Dokumen', exact: true });
    await picker.fill(docId);
    await this.page.locator(`[role="option"][data-id="${docId}"]`).click();
    await expect(this.page.getByRole('combobox', { name: 'Bagian', exact: true })).toBeEnabled();
    if (sectionId) {
      const section = this.page.getByRole('combobox', { name: 'Bagian', exact: true });
      await expect(section.locator(`option[value="${sectionId}"]`)).toHaveCount(1);
      await section.selectOption(sectionId);
    }
    await this.page.getByRole('button', { name: 'Tambahkan ke paket' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan paket' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Paket sesi tersimpan.' })).toBeVisible();
  }

  packId(): string {
    return /#\/presentasi\/paket\/([a-z0-9-]+)/.exec(this.page.url())?.[1] ?? '';
  }
}
