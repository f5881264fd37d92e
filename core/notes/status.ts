/** What the notes store tells the UI about itself: read-only, recovered, imported. */
export type NotesStartupNotice =
  | {
      kind: 'recovered';
      /** Where the unreadable file was moved (it is never deleted). */
      movedTo: string;
      /** The backup that was restored, or null when no good backup existed. */
      restoredFrom: string | null;
      restoredRecords: number;
      reason: string;
    }
  | { kind: 'newer-version'; fileVersion: number; appVersion: number }
  | { kind: 'imported-progress'; records: number };

export interface NotesStatus {
  readOnly: boolean;
  filePath: string;
  records: number;
  notice: NotesStartupNotice | null;
}
