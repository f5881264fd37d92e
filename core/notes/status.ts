/** What the notes store tells the UI about itself: read-only, recovered, imported, unavailable. */
export type NotesStartupNotice =
  | {
      kind: 'recovered';
      /** Where the unreadable file was moved (it is never deleted). */
      movedTo: string;
      /** The backup that was restored, or null when no good backup existed. */
      restoredFrom: string | null;
      restoredRecords: number;
      reason: { id: string; en: string };
    }
  | {
      kind: 'file-recovered';
      /** settings.json, packs.json, present.json */
      file: string;
      movedTo: string;
      restoredFrom: string | null;
      reason: { id: string; en: string };
    }
  | {
      kind: 'journal-damaged';
      /** Changes that could not be read back from the journal. */
      damaged: number;
      /** The copy of the damaged journal, kept for support. */
      copiedTo: string;
    }
  | { kind: 'newer-version'; fileVersion: number; appVersion: number }
  | { kind: 'imported-progress'; records: number };

/** Why notes cannot be saved right now. */
export type NotesUnavailableReason = 'full' | 'read-only' | 'missing' | 'locked' | 'other';

export interface NotesStatus {
  readOnly: boolean;
  filePath: string;
  records: number;
  /** The first of `notices`, kept for screens that show one. */
  notice: NotesStartupNotice | null;
  notices: NotesStartupNotice[];
  /** Set while notes cannot be saved (and cleared by itself once they can again). */
  unavailable: { reason: NotesUnavailableReason; message: { id: string; en: string } } | null;
}
