/** Dates typed day first and shown with the month named; numbers in one format per language. */
import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateNumeric, parseDateText } from '../../../renderer/src/components/dateText';
import { formatNumber } from '../../../renderer/src/i18n/format';
import i18n from '../../../renderer/src/i18n';

describe('dates the user types', () => {
  it('reads dd/mm/yyyy day first, with /, - or . between', () => {
    expect(parseDateText('03/12/2026')).toEqual({ ok: true, iso: '2026-12-03' });
    expect(parseDateText('3-12-2026')).toEqual({ ok: true, iso: '2026-12-03' });
    expect(parseDateText(' 3.1.2027 ')).toEqual({ ok: true, iso: '2027-01-03' });
  });

  it('reads a named month in Indonesian or English, and a pasted ISO date', () => {
    expect(parseDateText('3 Desember 2026')).toEqual({ ok: true, iso: '2026-12-03' });
    expect(parseDateText('17 Agustus 2025')).toEqual({ ok: true, iso: '2025-08-17' });
    expect(parseDateText('17 Agt 2025')).toEqual({ ok: true, iso: '2025-08-17' });
    expect(parseDateText('1 Mei 2026')).toEqual({ ok: true, iso: '2026-05-01' });
    expect(parseDateText('3 December 2026')).toEqual({ ok: true, iso: '2026-12-03' });
    expect(parseDateText('2026-12-03')).toEqual({ ok: true, iso: '2026-12-03' });
  });

  it('takes an empty field as no date', () => {
    expect(parseDateText('  ')).toEqual({ ok: true, iso: '' });
  });

  it('refuses what is not a date, and says when the calendar has no such day', () => {
    expect(parseDateText('12/3')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('besok')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('3 Desembr 2026')).toEqual({ ok: false, reason: 'format' });
    expect(parseDateText('31/02/2026')).toEqual({ ok: false, reason: 'calendar' });
    expect(parseDateText('29/02/2027')).toEqual({ ok: false, reason: 'calendar' });
    expect(parseDateText('12/13/2026')).toEqual({ ok: false, reason: 'calendar' });
    expect(parseDateText('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('shows a date back as dd/mm/yyyy and in words, the month named in the UI language', () => {
    expect(formatDateNumeric('2026-12-03')).toBe('03/12/2026');
    expect(formatDateLong('2026-12-03', 'id')).toBe('Kamis, 3 Desember 2026');
    expect(formatDateLong('2026-12-03', 'en')).toMatch(/^Thursday,? 3 December 2026$/);
  });
});

describe('numbers in UI text', () => {
  it('are written the language’s way: 2.549 in Indonesian, 2,549 in English', () => {
    expect(formatNumber(2549, 'id')).toBe('2.549');
    expect(formatNumber(2549, 'en')).toBe('2,549');
    expect(formatNumber(1.5, 'id')).toBe('1,5');
  });

  it('are formatted in every translated sentence, not only where a component remembers to', () => {
    expect(i18n.t('notes.count', { count: 2549, lng: 'id' })).toBe('2.549 catatan');
    expect(i18n.t('notes.count', { count: 2549, lng: 'en' })).toBe('2,549 notes');
    expect(i18n.t('notes.importReport', { added: 1200, updated: 0, skipped: 3, lng: 'id' })).toBe('Impor selesai: 1.200 ditambahkan, 0 diperbarui, 3 dilewati.');
    expect(i18n.t('notes.exported', { file: 'catatan-2026.md', lng: 'id' })).toBe('Berkas catatan-2026.md telah dibuat.');
  });
});
