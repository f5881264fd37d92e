import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  language(name: 'Bahasa Indonesia' | 'English'): Locator {
    return this.page.getByRole('radio', { name });
  }

  theme(name: RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  get savedStatus(): Locator {
    return this.page.getByText(/Pengaturan tersimpan\.|Settings saved\./);
  }
}
