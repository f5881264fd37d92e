/** A session-pack file a trainer imports: real dates, readable titles, plain refusals in both languages. */
import { describe, expect, it } from 'vitest';
import { hasPrintableText, isCalendarDate, PACK_FILE_FORMAT, PackDraftSchema, parsePackFile, SessionPackSchema } from '../../../core/present/sessionPack';
import { readPickedFile } from '../../../renderer/src/present/packs/packFiles';

const draft = { title: 'Pelatihan Replikasi', date: '2026-12-10', audience: 'Tim inovasi', trainer: 'Widyaiswara', durationMinutes: 90, items: [{ docId: 'contoh-panduan' }] };
const packJson = (pack: Record<string, unknown>) => JSON.stringify({ format: PACK_FILE_FORMAT, version: 1, pack });

function refusal(json: string) {
  const parsed = parsePackFile(json);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.messages;
}

const RAW = /Unexpected|JSON\.parse|SyntaxError|invalid_|Invalid|expected|received|pack\.items\.\d/;

describe('session pack files', () => {
  it('accepts a well-formed pack', () => {
    expect(parsePackFile(packJson(draft))).toMatchObject({ ok: true, file: { pack: draft } });
  });

  it.each(['2026-02-29', '2026-02-31', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00', '0000-01-01'])('refuses %s, a date not in the calendar', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    const messages = refusal(packJson({ ...draft, date }));
    expect(messages.id).toMatch(/^tanggal: /);
    expect(messages.en).toMatch(/^date: /);
  });

  it.each(['2028-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(parsePackFile(packJson({ ...draft, date })).ok).toBe(true);
  });

  it('says a missing calendar day does not exist, in both languages', () => {
    const messages = refusal(packJson({ ...draft, date: '2026-02-31' }));
    expect(messages).toEqual({ id: 'tanggal: tanggal itu tidak ada di kalender', en: 'date: that date does not exist in the calendar' });
  });

  it.each([
    ['spaces only', '   '],
    ['control characters', '\u0001\u0002\u0003'],
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a tab and a newline', '\t\n'],
  ])('refuses a title of %s', (_what, title) => {
    expect(hasPrintableText(title.trim())).toBe(false);
    const messages = refusal(packJson({ ...draft, title }));
    expect(messages.id).toMatch(/^judul paket: /);
    expect(messages.en).toMatch(/^pack title: /);
  });

  it('refuses a readable title with hidden control characters in it', () => {
    const messages = refusal(packJson({ ...draft, title: 'Sesi\u0007 Pagi' }));
    expect(messages.id).toBe('judul paket: berisi karakter kendali yang tidak terlihat');
    expect(messages.en).toBe('pack title: contains invisible control characters');
  });

  it('accepts titles in any script, with punctuation and symbols', () => {
    for (const title of ['Sesi 1', '“Inovasi” — 2026', 'Pelatihan ✓', '研修']) expect(parsePackFile(packJson({ ...draft, title })).ok).toBe(true);
  });

  it('refuses a pack carrying its own updatedAt (it would win every later merge): pack files carry none', () => {
    const messages = refusal(packJson({ ...draft, updatedAt: '2099-01-01T00:00:00.000Z' }));
    expect(messages.id).toBe('isi paket: kunci tidak dikenal: "updatedAt"');
    expect(messages.en).toBe('pack contents: unknown key: "updatedAt"');
  });

  it.each([
    ['not JSON', '{"format": "pustaka', /bukan JSON yang sah/, /not valid JSON/],
    ['another kind of file', JSON.stringify({ format: 'lain', version: 1, pack: draft }), /bukan paket sesi Pustaka Inovasi/, /not a Pustaka Inovasi session pack/],
    ['a newer file version', JSON.stringify({ format: PACK_FILE_FORMAT, version: 2, pack: draft }), /^versi berkas: harus bernilai 1$/, /^file version: must be 1$/],
    ['a document id with a path in it', packJson({ ...draft, items: [{ docId: '../x' }] }), /^butir ke-1, id dokumen: formatnya tidak sesuai$/, /^item 1, document id: has the wrong format$/],
  ])('refuses %s in plain words in both languages', (_what, json, id, en) => {
    const messages = refusal(json);
    expect(messages.id).toMatch(id);
    expect(messages.en).toMatch(en);
    expect(messages.id).not.toMatch(RAW);
    expect(messages.en).not.toMatch(RAW);
  });

  it('still reads packs already saved with the older, looser rules, so none is lost', () => {
    const saved = { ...draft, date: '2026-02-31', title: '\u200b', id: 'paket-lama', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    expect(SessionPackSchema.safeParse(saved).success).toBe(true);
    expect(PackDraftSchema.safeParse({ ...draft, date: '2026-02-31' }).success).toBe(false);
  });
});

describe('reading a picked file', () => {
  it('refuses a file over the limit without reading it', async () => {
    let read = false;
    const huge = { size: 2_000_000, text: () => ((read = true), Promise.resolve('')) } as unknown as Blob;
    expect(await readPickedFile(huge)).toEqual({ ok: false, reason: 'too_large' });
    expect(read).toBe(false);
  });

  it('says a file that cannot be read is unreadable', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    expect(await readPickedFile(broken)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('reads a file within the limit', async () => {
    expect(await readPickedFile(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });
});
