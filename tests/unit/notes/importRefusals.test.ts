/** A refused notes import says why in plain Indonesian and English: no raw codes, no parser English. */
import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS, IMPORT_FILE_BYTES, parseNotesImport, tooLargeImport } from '../../../core/notes/mergeImport';
import { LIMITS } from '../../../core/notes/schema';

const NOW = '2026-12-03T10:00:00.000Z';
const note = (updatedAt: string) => ({ id: 'n1', createdAt: '2026-01-01T00:00:00Z', updatedAt, target: { kind: 'free' }, body: 'isi', tags: [] });
const file = (extra: Record<string, unknown>) => JSON.stringify({ schemaVersion: 2, ...extra });

/** Raw refusal codes and the JSON parser's own English. */
const RAW = /not_json|not_notes|newer_version|invalid_records|too_large|future_date|invalid_type|Unexpected|JSON\.parse|position \d|SyntaxError/;

function refusal(text: string) {
  const parsed = parseNotesImport(text, NOW);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed;
}

describe('notes import refusals', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ['not JSON', '{ "schemaVersion": 2, notes: [', /bukan JSON yang sah/, /not valid JSON/],
    ['not a notes export', '[1, 2]', /bukan hasil ekspor catatan/, /not a Pustaka Inovasi notes export/],
    ['a newer version', file({ schemaVersion: 99 }), /versi aplikasi yang lebih baru/, /newer version of the app/],
    ['records of the wrong shape', file({ notes: [{ ...note(NOW), body: 5 }] }), /catatan ke-1 \(body\): harus berupa teks/, /note 1 \(body\): must be text/],
    ['a record dated far ahead', file({ notes: [note('2099-01-01T00:00:00Z')] }), /catatan ke-1 bertanggal lebih dari sehari setelah hari ini/, /note 1 is dated more than a day after today/],
    ['an update time not in the calendar', file({ notes: [note('2026-13-45T99:99:99Z')] }), /catatan ke-1 memuat waktu pembaruan yang tidak ada di kalender/, /note 1 has an update time that does not exist/],
  ];

  it.each(cases)('refuses %s in plain words in both languages', (_name, text, id, en) => {
    const { messages } = refusal(text);
    expect(messages.id).toMatch(id);
    expect(messages.en).toMatch(en);
    expect(messages.id).not.toMatch(RAW);
    expect(messages.en).not.toMatch(RAW);
  });

  it('accepts a record stamped a little ahead (clocks differ) but not more than a day', () => {
    const almostADay = new Date(Date.parse(NOW) + FUTURE_TOLERANCE_MS - 60_000).toISOString();
    const justOver = new Date(Date.parse(NOW) + FUTURE_TOLERANCE_MS + 60_000).toISOString();
    expect(parseNotesImport(file({ notes: [note(almostADay)] }), NOW).ok).toBe(true);
    expect(parseNotesImport(file({ notes: [note(justOver)] }), NOW)).toMatchObject({ ok: false, reason: 'future_date' });
  });

  it('checks every collection for a date far ahead, not only notes', () => {
    const bookmark = { id: 'b1', createdAt: NOW, updatedAt: '2030-01-01T00:00:00Z', docId: 'dok-a', slug: '', label: '' };
    const { messages } = refusal(file({ bookmarks: [bookmark] }));
    expect(messages.id).toMatch(/^penanda ke-1 bertanggal/);
    expect(messages.en).toMatch(/^bookmark 1 is dated/);
  });

  it('says a file is too large with its size and the limit, in megabytes', () => {
    const { messages, reason } = tooLargeImport(IMPORT_FILE_BYTES + 5_000_000);
    expect(reason).toBe('too_large');
    expect(messages.id).toBe('berkasnya terlalu besar (25 MB; batasnya 20 MB)');
    expect(messages.en).toBe('the file is too large (25 MB; the limit is 20 MB)');
    expect(refusal(' '.repeat(LIMITS.importChars + 1)).reason).toBe('too_large');
  });
});
