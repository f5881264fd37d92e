import { createAnchor } from '../../../core/notes/anchoring';
import { NotesStore } from '../../../electron/services/notes/NotesStore';

export const TEXT = 'Ringkasan. Layanan pengaduan masyarakat dibuka setiap hari kerja di kantor kecamatan. Warga dapat datang langsung.';

export function anchorFor(quote: string, text = TEXT) {
  const start = text.indexOf(quote);
  return createAnchor(text, start, start + quote.length, ['Ringkasan']);
}

/** A clock that moves one second per reading, so updatedAt always grows. */
export function tickingClock(start = '2026-11-29T08:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

const opened: { folder: string; store: NotesStore }[] = [];

/**
 * Opens a store; closeStores() (in afterEach) lets its trailing backups finish before cleanup.
 * A store already open on the folder is abandoned first, as if its process had died: one
 * process holds a data folder at a time.
 */
export async function openStore(folder: string, extra: Partial<Parameters<typeof NotesStore.open>[0]> = {}) {
  for (const earlier of opened.filter((o) => o.folder === folder)) await earlier.store.abandon();
  const store = await NotesStore.open({ folder, now: tickingClock(), ...extra });
  opened.push({ folder, store });
  return store;
}

export async function closeStores(): Promise<void> {
  await Promise.all(opened.splice(0).map(({ store }) => store.close().catch(() => undefined)));
}
