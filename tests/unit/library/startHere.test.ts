import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLibrary } from '../../../build/content/compile';
import { toDocumentSummary } from '../../../core/content/summary';
import { START_HERE_IDS } from '../../../renderer/src/library/home/startHere';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the "Mulai di sini" collection and what library:list sends', async () => {
  const library = await compileLibrary(path.join(root, 'content'));
  const byId = new Map(library.documents.map((d) => [d.meta.id, d.meta]));

  it('names existing bundled seminar and guide documents, each once', () => {
    expect(START_HERE_IDS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(START_HERE_IDS).size).toBe(START_HERE_IDS.length);
    for (const id of START_HERE_IDS) {
      expect(byId.has(id), id).toBe(true);
      expect(['seminar', 'guide'], id).toContain(byId.get(id)!.type);
    }
  });

  it('is valid JSON with the documented shape', async () => {
    const file = JSON.parse(await readFile(path.join(root, 'content', 'mulai-di-sini.json'), 'utf8')) as { documents: unknown };
    expect(file.documents).toEqual(START_HERE_IDS);
  });

  it('sends the fields cards, facets and pickers need and leaves the rest out', () => {
    const practice = library.documents.find((d) => d.meta.type === 'practice')!.meta;
    const summary = toDocumentSummary(practice);
    expect(summary).toMatchObject({ id: practice.id, title: practice.title, type: 'practice', updated: practice.updated });
    for (const dropped of ['sources', 'pentahelix', 'replicated_in']) expect(summary, dropped).not.toHaveProperty(dropped);
    const seminar = library.documents.find((d) => d.meta.type === 'seminar')!.meta;
    expect(toDocumentSummary(seminar)).not.toHaveProperty('speakers');
    expect(toDocumentSummary(seminar)).toHaveProperty('presentable');
    const all = library.documents.map((d) => d.meta);
    expect(JSON.stringify(all.map((m) => toDocumentSummary(m))).length).toBeLessThan(JSON.stringify(all).length * 0.85);
  });

  it('marks a folder document with its source and keeps a bundled one plain', () => {
    const meta = library.documents[0]!.meta;
    expect(toDocumentSummary(meta)).not.toHaveProperty('source');
    expect(toDocumentSummary(meta, 'folder-3f9a').source).toBe('folder-3f9a');
  });
});
