/** How the Sumber pustaka page words times, counts and problem locations. */
import { describe, expect, it } from 'vitest';
import { formatCount, formatIndexedAt, formatTimeLeft, joinRoot, problemLocation } from '../../../renderer/src/sources/sourceFormat';

describe('time left while indexing', () => {
  it('reads naturally in Indonesian, rounded up so work left never shows as nothing', () => {
    expect(formatTimeLeft(400, 'id')).toBe('1 detik');
    expect(formatTimeLeft(45_000, 'id')).toBe('45 detik');
    expect(formatTimeLeft(61_000, 'id')).toBe('2 menit');
    expect(formatTimeLeft(80 * 60_000, 'id')).toBe('1 jam 20 menit');
    expect(formatTimeLeft(2 * 3_600_000, 'id')).toBe('2 jam');
  });

  it('has an English twin', () => {
    expect(formatTimeLeft(45_000, 'en')).toBe('45 seconds');
    expect(formatTimeLeft(61_000, 'en')).toBe('2 minutes');
  });
});

describe('facts of a source', () => {
  it('uses id-ID dates and numbers', () => {
    expect(formatCount(30_000, 'id')).toBe('30.000');
    expect(formatIndexedAt('2026-12-03T08:15:00Z', 'id')).toMatch(/^3 Desember 2026/);
  });

  it('shows a problem as file:line, or the file alone when there is no line', () => {
    expect(problemLocation({ file: 'rusak/yaml-rusak.md', line: 3, message: { id: 'x', en: 'x' } })).toBe('rusak/yaml-rusak.md:3');
    expect(problemLocation({ file: 'rusak/biner.md', message: { id: 'x', en: 'x' } })).toBe('rusak/biner.md');
  });

  it('names a file’s full location with the folder’s own separators', () => {
    expect(joinRoot('/home/asn/SOP/', 'sop/ktp.md')).toBe('/home/asn/SOP/sop/ktp.md');
    expect(joinRoot('D:\\Arsip\\SOP', 'sop/ktp.md')).toBe('D:\\Arsip\\SOP\\sop\\ktp.md');
    expect(joinRoot('/home/asn/SOP')).toBe('/home/asn/SOP');
  });
});
