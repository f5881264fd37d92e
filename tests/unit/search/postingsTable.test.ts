import { describe, expect, it } from 'vitest';
import { encodePostings, PostingsTable } from '../../../core/search/fulltext/postingsTable';

describe('the packed postings table', () => {
  it('gives back each term’s sections and weights (to two decimals), whatever buffer holds it', () => {
    const lists = [[0, 1.5, 7, 0.25, 300_000, 12.34], [], [5, 0.004]];
    const bytes = encodePostings(lists);
    // Offsets inside a larger, oddly aligned buffer, as a fetched file might arrive.
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const table = new PostingsTable(shifted.subarray(3));
    expect(table.termCount).toBe(3);
    expect([...table.postings(0).sections]).toEqual([0, 7, 300_000]);
    expect([...table.postings(0).weights].map((w) => Math.round(w * 100) / 100)).toEqual([1.5, 0.25, 12.34]);
    expect(table.postings(1).sections.length).toBe(0);
    // A tiny weight still counts as a match.
    expect(table.postings(2).weights[0]).toBeGreaterThan(0);
  });

  it('refuses a file that is not a postings table or is cut short', () => {
    expect(() => new PostingsTable(new TextEncoder().encode('{"not":"postings"}'))).toThrow(/unknown format/);
    const bytes = encodePostings([[1, 2, 3, 4]]);
    expect(() => new PostingsTable(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
    expect(() => new PostingsTable(new Uint8Array(0))).toThrow();
  });
});
