/**
 * The packed postings of the search index: for every term, the sections that hold it and how much
 * it weighs there. It ships as a binary file next to search-index.json because parsing the same
 * data as JSON (lunr's own format) took most of the index load time; here loading is one
 * ArrayBuffer, and a term's list is decoded only when a query asks for it.
 *
 * Layout (little-endian): "PIP1", term count n, then n + 1 uint32 byte offsets (relative to the
 * data start), then per term: a varint posting count, then per posting a varint gap from the
 * previous section number and a varint weight in 1/WEIGHT_SCALE units.
 */

const MAGIC = 0x31504950; // "PIP1"
const HEADER_BYTES = 8;
/** Weights keep two decimals, as lunr rounds its own to three: enough to order hits. */
export const WEIGHT_SCALE = 100;

export interface TermPostings {
  sections: Int32Array;
  weights: Float32Array;
}

class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** `lists[t]` holds term t's postings flat, [section, weight, section, weight, …], sections ascending. */
export function encodePostings(lists: ReadonlyArray<ReadonlyArray<number>>): Uint8Array {
  const data = new ByteWriter();
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, term) => {
    offsets[term] = data.length;
    data.varint(list.length / 2);
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      const section = list[i]!;
      data.varint(section - previous);
      data.varint(Math.max(1, Math.round(list[i + 1]! * WEIGHT_SCALE)));
      previous = section;
    }
  });
  offsets[lists.length] = data.length;
  const body = data.bytes();
  const out = new Uint8Array(HEADER_BYTES + offsets.byteLength + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, lists.length, true);
  out.set(new Uint8Array(offsets.buffer), HEADER_BYTES);
  out.set(body, HEADER_BYTES + offsets.byteLength);
  return out;
}

export class PostingsTable {
  private readonly offsets: Uint32Array;
  private readonly data: Uint8Array;
  private readonly cache = new Map<number, TermPostings>();

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error('search postings: unknown format');
    const terms = view.getUint32(4, true);
    const dataStart = HEADER_BYTES + (terms + 1) * 4;
    if (bytes.byteLength < dataStart) throw new Error('search postings: truncated');
    // Copy the offsets so they are 4-byte aligned whatever buffer the bytes came in.
    this.offsets = new Uint32Array(terms + 1);
    for (let i = 0; i <= terms; i++) this.offsets[i] = view.getUint32(HEADER_BYTES + i * 4, true);
    this.data = bytes.subarray(dataStart);
    if (this.offsets[terms]! > this.data.length) throw new Error('search postings: truncated');
  }

  get termCount(): number {
    return this.offsets.length - 1;
  }

  postings(term: number): TermPostings {
    const cached = this.cache.get(term);
    if (cached) return cached;
    let at = this.offsets[term]!;
    const data = this.data;
    const read = () => {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = data[at++]!;
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return value;
    };
    const count = read();
    const sections = new Int32Array(count);
    const weights = new Float32Array(count);
    let section = 0;
    for (let i = 0; i < count; i++) {
      section += read();
      sections[i] = section;
      weights[i] = read() / WEIGHT_SCALE;
    }
    const decoded = { sections, weights };
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(term, decoded);
    return decoded;
  }
}
