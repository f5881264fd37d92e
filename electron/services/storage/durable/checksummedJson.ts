/**
 * Every JSON file the app writes carries a SHA-256 of its exact payload bytes, so a flipped bit
 * inside a string value (which still parses) is caught on load. The envelope stays valid JSON:
 *   {"sha256":"<64 hex>","data":<payload>}
 * The checksum covers the payload as written, so verifying needs no re-serialisation.
 * Files from before the envelope (plain JSON) are accepted as `legacy` and gain one on next write.
 */
import { createHash } from 'node:crypto';

const PREFIX = /^\{"sha256":"([0-9a-f]{64})","data":/;

export type DecodedEnvelope =
  | { ok: true; payload: string; legacy: boolean }
  | { ok: false; reason: 'checksum' | 'empty' | 'envelope' };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function encodeChecksummed(payload: string): string {
  return `{"sha256":"${sha256Hex(payload)}","data":${payload}}`;
}

export function decodeChecksummed(text: string): DecodedEnvelope {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const match = PREFIX.exec(text);
  if (!match) {
    // An envelope whose head was damaged must not pass for an old plain file.
    if (/^\s*\{\s*"sh/.test(text)) return { ok: false, reason: 'envelope' };
    return { ok: true, payload: text, legacy: true };
  }
  const end = text.trimEnd();
  if (!end.endsWith('}')) return { ok: false, reason: 'envelope' };
  const payload = end.slice(match[0].length, -1);
  if (sha256Hex(payload) !== match[1]) return { ok: false, reason: 'checksum' };
  return { ok: true, payload, legacy: false };
}
