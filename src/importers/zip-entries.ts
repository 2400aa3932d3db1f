/**
 * Reads chosen files out of a zip without touching the rest. An X archive is mostly media (often
 * gigabytes) around a few megabytes of tweets.js; reading the central directory and inflating only
 * the wanted entries, in slices, keeps an import fast and the page responsive. Handles ZIP64 (large
 * archives), stored and deflated entries; fflate does the inflating.
 */
import { Inflate } from 'fflate';
import type { Pacer } from './pacer';

/** One file listed in the zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The zip's structure is broken; the message says how, for a person. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes handed to the inflater per slice. */
const CHUNK = 64 * 1024;

const utf8 = new TextDecoder();

/** True when the bytes start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Lists the files in the zip from its central directory.
 *
 * @throws ZipError when the end record or the directory is missing or inconsistent (a cut-off download).
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  const inRange = (at: number, length: number) => at >= 0 && at + length <= bytes.length;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw new ZipError('the zip ends too early (its table of contents is missing); download the archive again');
  let count = u16(eocd + 10);
  let directoryOffset = u32(eocd + 16);
  if ((count === 0xffff || directoryOffset === 0xffffffff) && inRange(eocd - 20, 20) && u32(eocd - 20) === ZIP64_LOCATOR) {
    const record = u64(eocd - 20 + 8);
    if (!inRange(record, 56) || u32(record) !== ZIP64_EOCD) throw new ZipError('the zip\'s large-archive (ZIP64) record is damaged');
    count = u64(record + 32);
    directoryOffset = u64(record + 48);
  }

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (!inRange(at, 46) || u32(at) !== CENTRAL_HEADER) throw new ZipError('the zip\'s table of contents is damaged');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (!inRange(at + 46, nameLength + extraLength)) throw new ZipError('the zip\'s table of contents is damaged');
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localHeaderOffset: u32(at + 42),
    };
    readZip64Extra(entry, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;

  /** ZIP64 keeps the real sizes and offset in an extra field when the 32-bit ones are full. */
  function readZip64Extra(entry: ZipEntry, from: number, length: number): void {
    for (let p = from; p + 4 <= from + length; p += 4 + u16(p + 2)) {
      if (u16(p) !== 0x0001) continue;
      let field = p + 4;
      if (entry.size === 0xffffffff) {
        entry.size = u64(field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(field);
      return;
    }
  }
}

/**
 * Inflates one entry and decodes it as UTF-8 text, a slice at a time (`pacer.step` between slices,
 * with `share(done)` mapping the bytes done to the import's progress).
 *
 * @throws ZipError for an encrypted entry, an unknown compression method or damaged data.
 */
export async function readZipText(bytes: Uint8Array, entry: ZipEntry, pacer: Pacer, share: (done: number) => number): Promise<string> {
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new ZipError(`${entry.name} is missing from the zip (damaged or cut off)`);
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new ZipError(`${entry.name} is cut off (the zip ends inside it)`);
  const data = bytes.subarray(dataStart, dataEnd);

  const decoder = new TextDecoder();
  const parts: string[] = [];
  let produced = 0;
  const take = (chunk: Uint8Array, final: boolean) => {
    produced += chunk.length;
    parts.push(decoder.decode(chunk, { stream: !final }));
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) {
      take(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      await pacer.step(share(Math.min(1, (at + CHUNK) / data.length)));
    }
    if (data.length === 0) take(data, true);
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk, final) => take(chunk, final));
    for (let at = 0; at < data.length || at === 0; at += CHUNK) {
      try {
        inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      } catch {
        throw new ZipError(`${entry.name} is damaged (its compressed data does not inflate)`);
      }
      await pacer.step(share(Math.min(1, (at + CHUNK) / Math.max(1, data.length))));
    }
  } else {
    throw new ZipError(`${entry.name} uses a compression method PostLint cannot read (${entry.method})`);
  }
  if (produced !== entry.size) throw new ZipError(`${entry.name} is damaged (expected ${entry.size} bytes, got ${produced})`);
  return parts.join('');
}
