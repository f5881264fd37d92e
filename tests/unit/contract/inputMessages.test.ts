/** A refused request is explained wholly in the UI language: no zod English, no huge echoes. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/dispatch';
import type { Language } from '../../../core/errors';

const neverRuns = new Proxy({}, { get: () => () => Promise.reject(new Error('a handler ran on bad input')) }) as never;

async function refusal(channel: unknown, input: unknown, language: Language = 'id') {
  const result = await dispatch(neverRuns, channel, input, () => language);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** Words zod's English messages use; none may appear in the Indonesian text. */
const ZOD_ENGLISH = /Invalid|expected|received|Too (big|small)|Unrecognized|Required|must|string|number|boolean|object/;

describe('invalid input messages', () => {
  const cases: [string, unknown, RegExp, RegExp][] = [
    ['app:setLanguage', { language: 'fr' }, /language: harus salah satu dari: id, en$/, /language: must be one of: id, en$/],
    ['app:setLanguage', {}, /language: wajib diisi \(pilihan: id, en\)/, /language: is required \(choices: id, en\)/],
    ['app:setTheme', { theme: ['dark'] }, /theme: harus salah satu dari: system, light, dark/, /theme: must be one of/],
    ['library:get', { id: 42 }, /id: harus berupa teks/, /id: must be text/],
    ['library:get', { id: '' }, /id: tidak boleh kosong/, /id: must not be empty/],
    ['library:get', { id: '../../etc/passwd' }, /id: formatnya tidak sesuai/, /id: has the wrong format/],
    ['library:list', [1, 2, 3], /^Permintaan tidak valid: bentuknya tidak sesuai/, /^Invalid request: does not match any accepted form/],
    ['app:openExternal', { url: `https://${'a'.repeat(5000)}.id` }, /url: paling banyak 2048 karakter/, /url: at most 2048 characters/],
    ['notes:createNote', { target: { kind: 'dokumen' }, body: '' }, /target/, /target/],
  ];

  it.each(cases)('%s (case %#) is explained in Indonesian and in English', async (channel, input, id, en) => {
    const error = await refusal(channel, input);
    expect(error.code).toBe('invalid_input');
    expect(error.messages.id).toMatch(/^Permintaan tidak valid: /);
    expect(error.messages.id).toMatch(id);
    expect(error.messages.id.replace(/^Permintaan tidak valid: /, '')).not.toMatch(ZOD_ENGLISH);
    expect(error.messages.en).toMatch(/^Invalid request: /);
    expect(error.messages.en).toMatch(en);
    expect(error.message).toBe(error.messages.id);
    expect((await refusal(channel, input, 'en')).message).toBe(error.messages.en);
  });

  it('names an unknown key but cuts it to 80 characters, however long it is', async () => {
    const huge = 'k'.repeat(10_000_000);
    const error = await refusal('app:info', { [huge]: 1, kedua: 2 });
    expect(error.messages.id).toMatch(/kunci tidak dikenal: "k{79}…", "kedua"/);
    expect(error.messages.en).toMatch(/unknown keys: "k{79}…", "kedua"/);
    expect(error.messages.id.length).toBeLessThan(200);
    expect(error.messages.en.length).toBeLessThan(200);
  });

  it('lists at most three unknown keys and says how many more there are', async () => {
    const error = await refusal('app:info', { a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(error.messages.id).toMatch(/"a", "b", "c" dan 2 lainnya/);
    expect(error.messages.en).toMatch(/"a", "b", "c" and 2 more/);
  });

  it('cuts an unknown command name to 80 characters', async () => {
    const error = await refusal('x'.repeat(100_000), undefined);
    expect(error.code).toBe('unknown_channel');
    expect(error.messages.id).toContain(`"${'x'.repeat(79)}…"`);
    expect(error.messages.id.length).toBeLessThan(200);
  });

  it('says a pack title made of spaces or invisible characters needs readable text, in both languages', async () => {
    const draft = { title: '\u200b\u200b', date: '', audience: '', trainer: '', durationMinutes: 60, items: [] };
    const error = await refusal('packs:save', { pack: draft });
    expect(error.messages.id).toMatch(/pack\.title: harus berisi huruf atau angka yang terbaca/);
    expect(error.messages.en).toMatch(/pack\.title: needs readable letters or digits/);
  });

  it('says a date that is not in the calendar does not exist, in both languages', async () => {
    const draft = { title: 'Sesi', date: '2026-02-31', audience: '', trainer: '', durationMinutes: 60, items: [] };
    const error = await refusal('packs:save', { pack: draft });
    expect(error.messages.id).toMatch(/pack\.date: tanggal itu tidak ada di kalender/);
    expect(error.messages.en).toMatch(/pack\.date: that date does not exist in the calendar/);
  });
});
