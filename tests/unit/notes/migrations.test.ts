import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateNotesData } from '../../../core/notes/migrations';
import { NOTES_SCHEMA_VERSION, NotesFileSchema } from '../../../core/notes/schema';
import { useTempDir } from '../support/tempDir';
import { openStore, closeStores } from './notesFixtures';

const tempDir = useTempDir('pustaka-notes-migrations');
afterEach(closeStores);
const NOW = '2026-11-29T08:00:00.000Z';

/** One sample per earlier version, as that version wrote it. */
const SAMPLES: Record<number, unknown> = {
  1: { schemaVersion: 1, checklists: { 'panduan-a': ['langkah-1', 'langkah-2'] }, recent: [{ id: 'dok-a', openedAt: '2026-11-20T08:00:00.000Z' }] },
};

describe('notes file migrations', () => {
  it('has one step for every earlier version, and a sample to test it with', () => {
    for (let v = 1; v < NOTES_SCHEMA_VERSION; v++) {
      expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
      expect(SAMPLES[v], `sample of version ${v}`).toBeDefined();
    }
  });

  for (let v = 1; v < NOTES_SCHEMA_VERSION; v++) {
    it(`brings version ${v} to the current version, valid and without loss`, async () => {
      const outcome = migrateNotesData(structuredClone(SAMPLES[v]), NOW);
      expect(outcome.kind).toBe('current');
      if (outcome.kind !== 'current') return;
      const file = NotesFileSchema.parse(outcome.data);
      expect(file.checklists).toMatchObject([{ docId: 'panduan-a', checked: ['langkah-1', 'langkah-2'] }]);
      expect(file.reading).toMatchObject([{ docId: 'dok-a', openedAt: '2026-11-20T08:00:00.000Z' }]);

      // And through the store: the migrated file is written at the current version.
      await writeFile(path.join(tempDir(), 'notes.json'), JSON.stringify(SAMPLES[v]));
      const store = await openStore(tempDir());
      expect(store.checklist('panduan-a')).toEqual(['langkah-1', 'langkah-2']);
      expect(store.status().readOnly).toBe(false);
    });
  }

  it('leaves the current version as it is and refuses nonsense versions', () => {
    expect(migrateNotesData({ schemaVersion: NOTES_SCHEMA_VERSION }, NOW).kind).toBe('current');
    expect(migrateNotesData({ schemaVersion: NOTES_SCHEMA_VERSION + 1 }, NOW)).toEqual({ kind: 'newer', version: NOTES_SCHEMA_VERSION + 1 });
    expect(migrateNotesData({ schemaVersion: '2' }, NOW).kind).toBe('unreadable');
    expect(migrateNotesData({ schemaVersion: 0 }, NOW).kind).toBe('unreadable');
    expect(migrateNotesData(null, NOW).kind).toBe('unreadable');
  });
});
