/**
 * Ctrl+K: titles whose words start with every typed word, then section headings. The words of
 * titles and headings are tokenized on first use, not at load, so opening the app stays quick.
 */
import type { DocumentType } from '../../content/schema';
import { tokenizeIndonesian } from '../indonesian';
import type { QuickOpenItem } from '../types';
import type { StoredDocument, StoredSection } from './buildSearchIndex';

export class QuickOpenIndex {
  private titleWords: string[][] | null = null;
  private headingWords: string[][] | null = null;

  constructor(
    private readonly documents: readonly StoredDocument[],
    private readonly sections: readonly StoredSection[],
  ) {}

  find(text: string, limit = 8): QuickOpenItem[] {
    const words = tokenizeIndonesian(text);
    if (words.length === 0) return [];
    const score = (target: string[]) => {
      let total = 0;
      for (const w of words) {
        const at = target.findIndex((t) => t.startsWith(w));
        if (at === -1) return -1;
        total += (target[at] === w ? 2 : 1) + 1 / (at + 1);
      }
      return total;
    };
    this.titleWords ??= this.documents.map((d) => tokenizeIndonesian(d[1]));
    const items: QuickOpenItem[] = [];
    this.titleWords.forEach((title, i) => {
      const s = score(title);
      const d = this.documents[i]!;
      if (s >= 0) items.push({ kind: 'document', id: d[0], title: d[1], type: d[2] as DocumentType, score: 100 + s });
    });
    if (items.length < limit) {
      this.headingWords ??= this.sections.map((s) => tokenizeIndonesian(s[2]));
      this.headingWords.forEach((heading, ref) => {
        if (items.length >= limit * 4) return;
        const s = score(heading);
        if (s < 0) return;
        const section = this.sections[ref]!;
        const d = this.documents[section[0]]!;
        items.push({ kind: 'section', id: d[0], title: d[1], heading: section[2], slug: section[1], type: d[2] as DocumentType, score: s });
      });
    }
    return items.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'id')).slice(0, limit);
  }
}
