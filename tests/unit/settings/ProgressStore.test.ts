import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/tempDir';
import { ProgressStore } from '../../../electron/services/progress/ProgressStore';

const tempDir = useTempDir('pustaka-progress');

describe('ProgressStore', () => {
  it('keeps ticked checklist items per document across a restart', async () => {
    const file = path.join(tempDir(), 'progress.json');
    const store = new ProgressStore(file);
    await store.init();
    await store.setChecklistItem('panduan-a', 'langkah-1', true);
    await store.setChecklistItem('panduan-a', 'langkah-2', true);
    await store.setChecklistItem('panduan-a', 'langkah-1', false);
    await store.setChecklistItem('panduan-b', 'x', true);
    const again = new ProgressStore(file);
    await again.init();
    expect(again.checklist('panduan-a')).toEqual(['langkah-2']);
    expect(again.checklist('panduan-b')).toEqual(['x']);
    expect(again.checklist('panduan-c')).toEqual([]);
  });

  it('lists recently opened documents newest first, each once', async () => {
    let clock = Date.parse('2026-11-28T08:00:00Z');
    const store = new ProgressStore(path.join(tempDir(), 'progress.json'), () => new Date((clock += 1000)));
    await store.init();
    await store.markOpened('a');
    await store.markOpened('b');
    await store.markOpened('a');
    expect(store.recent().map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('does not lose a tick when many are saved at once', async () => {
    const file = path.join(tempDir(), 'progress.json');
    const store = new ProgressStore(file);
    await store.init();
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.setChecklistItem('panduan-a', `butir-${i}`, true)));
    expect(JSON.parse(await readFile(file, 'utf8')).checklists['panduan-a']).toHaveLength(25);
  });

  it('moves a damaged file aside and starts empty', async () => {
    const file = path.join(tempDir(), 'progress.json');
    await writeFile(file, '{"checklists": {"a": [1, 2');
    const store = new ProgressStore(file);
    await store.init();
    expect(store.checklist('a')).toEqual([]);
  });
});
