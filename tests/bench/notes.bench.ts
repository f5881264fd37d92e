/**
 * notes.save.{p50,p95}.ms.N and notes.load.ms.N: the notes store with N records (half highlights,
 * half notes on them). A save is one note edit, awaited until durable (fsync + rename), with
 * backups on as in the app (a save appends one fsynced journal line; every 500th also rewrites
 * the snapshot). Load is opening the store: read, parse, validate, replay the journal.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NOTES_SCHEMA_VERSION, emptyNotesFile, type NotesFile } from '../../core/notes/schema';
import { NotesStore } from '../../electron/services/notes/NotesStore';
import { percentile, report } from './measure';

// Enough saves to include two snapshot rewrites (every 500 changes) in the figures.
const SAVES = 1000;
const LOADS = 5;

function syntheticFile(records: number): NotesFile {
  const file = emptyNotesFile();
  const at = '2026-11-29T08:00:00.000Z';
  for (let i = 0; i < records / 2; i++) {
    const quote = `kutipan nomor ${i} tentang layanan pengaduan masyarakat di kecamatan`;
    file.highlights.push({
      id: `h${i}`, docId: `dokumen-${i % 300}`, colour: 'kuning', tags: i % 5 ? [] : ['anggaran'], detached: false, createdAt: at, updatedAt: at,
      anchor: { quote, prefix: 'teks sebelum kutipan ini, ', suffix: ' dan teks sesudahnya.', headingPath: ['Cara Kerja'], offset: i * 10 },
    });
    file.notes.push({ id: `n${i}`, target: { kind: 'highlight', highlightId: `h${i}`, docId: `dokumen-${i % 300}` }, body: `Catatan ${i}: perlu dibahas dalam rapat koordinasi bersama dinas terkait.`, tags: [], createdAt: at, updatedAt: at });
  }
  return { ...file, schemaVersion: NOTES_SCHEMA_VERSION };
}

export async function benchNotes(sizes: number[]): Promise<void> {
  for (const size of sizes) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-notes-'));
    try {
      await writeFile(path.join(folder, 'notes.json'), JSON.stringify(syntheticFile(size)));
      const loads: number[] = [];
      let store: NotesStore | null = null;
      for (let i = 0; i < LOADS; i++) {
        await store?.close();
        const started = performance.now();
        store = await NotesStore.open({ folder });
        loads.push(performance.now() - started);
      }
      const saves: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        const started = performance.now();
        await store!.updateNote(`n${i % (size / 2)}`, { body: `Catatan diubah ${i}` });
        saves.push(performance.now() - started);
      }
      await store!.close();
      report(`notes.save.p50.ms.${size}`, percentile(saves, 50), 'ms');
      report(`notes.save.p95.ms.${size}`, percentile(saves, 95), 'ms');
      report(`notes.load.ms.${size}`, percentile(loads, 50), 'ms');
      // The saves that also rewrote the snapshot (1 in 500) show here, not in p95.
      report(`notes.save.max.ms.${size}`, Math.max(...saves), 'ms');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
