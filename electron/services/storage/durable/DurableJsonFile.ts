/**
 * The lowdb adapter every store uses: the JSON goes out inside a checksum envelope
 * (checksummedJson.ts) through writeFileDurably (temp, fsync, rename, folder fsync). Reading
 * hands back the raw text so each store decides what damage means and what to restore.
 */
import type { Adapter } from 'lowdb';
import type { LocalizedDetail } from '../../../../core/errors';
import { DAMAGE } from './damageReason';
import { decodeChecksummed, encodeChecksummed, type DecodedEnvelope } from './checksummedJson';
import { nodeFs, type DurableFs } from './durableFs';
import { readTextIfExists, writeFileDurably } from './writeFileDurably';

export class DurableJsonFile<T> implements Adapter<T> {
  /** The last text written (envelope included), so backups reuse it without serialising twice. */
  lastWritten = '';

  constructor(
    readonly filePath: string,
    private readonly fs: DurableFs = nodeFs,
  ) {}

  /** Raw text, or null when there is no file. */
  readText(): Promise<string | null> {
    return readTextIfExists(this.fs, this.filePath);
  }

  async read(): Promise<T | null> {
    const text = await this.readText();
    if (text === null) return null;
    const decoded = decodeChecksummed(text);
    if (!decoded.ok) throw new Error(DAMAGE[decoded.reason].en);
    return JSON.parse(decoded.payload) as T;
  }

  async write(data: T): Promise<void> {
    const text = encodeChecksummed(JSON.stringify(data));
    await writeFileDurably(this.fs, this.filePath, text);
    this.lastWritten = text;
  }
}

/** Envelope, then JSON: the two ways a stored text can be damaged, as one result. */
export function parseStoredJson(text: string): { ok: true; value: unknown; legacy: boolean } | { ok: false; reason: LocalizedDetail } {
  const decoded: DecodedEnvelope = decodeChecksummed(text);
  if (!decoded.ok) return { ok: false, reason: DAMAGE[decoded.reason] };
  try {
    return { ok: true, value: JSON.parse(decoded.payload), legacy: decoded.legacy };
  } catch {
    return { ok: false, reason: DAMAGE.json };
  }
}
