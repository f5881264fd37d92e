import { readFile } from 'node:fs/promises';
import { decodeChecksummed } from '../../../electron/services/storage/durable/checksummedJson';

/** Reads a file the app wrote through the durable path: checks the envelope, returns the data. */
export async function readStoredJson(filePath: string): Promise<any> {
  const decoded = decodeChecksummed(await readFile(filePath, 'utf8'));
  if (!decoded.ok) throw new Error(`${filePath}: ${decoded.reason}`);
  return JSON.parse(decoded.payload);
}
