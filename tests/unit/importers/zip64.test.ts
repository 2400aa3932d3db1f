// @vitest-environment node
/**
 * X archives with a lot of media pass 4 GB and are written as ZIP64, where the sizes, offsets and
 * entry count live in 64-bit records. fflate does not write ZIP64, so this test writes one by hand
 * (stored entries, every 32-bit field saturated so only the 64-bit values can be right).
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/importers/index';
import { listZipEntries } from '../../../src/importers/zip-entries';
import { encode } from './exports';

class Writer {
  private bytes: number[] = [];
  get length() {
    return this.bytes.length;
  }
  u16(n: number) {
    this.bytes.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number) {
    return this.u16(n & 0xffff).u16(n >>> 16);
  }
  u64(n: number) {
    return this.u32(n % 2 ** 32).u32(Math.floor(n / 2 ** 32));
  }
  raw(data: Uint8Array) {
    for (const b of data) this.bytes.push(b);
    return this;
  }
  done() {
    return new Uint8Array(this.bytes);
  }
}

function zip64(files: Record<string, Uint8Array>): Uint8Array {
  const out = new Writer();
  const central = new Writer();
  const names = Object.keys(files);
  for (const name of names) {
    const data = files[name];
    const nameBytes = encode(name);
    const offset = out.length;
    out.u32(0x04034b50).u16(45).u16(0x0800).u16(0).u32(0).u32(0).u32(0xffffffff).u32(0xffffffff).u16(nameBytes.length).u16(20);
    out.raw(nameBytes).u16(1).u16(16).u64(data.length).u64(data.length).raw(data);
    central.u32(0x02014b50).u16(45).u16(45).u16(0x0800).u16(0).u32(0).u32(0).u32(0xffffffff).u32(0xffffffff);
    central.u16(nameBytes.length).u16(28).u16(0).u16(0).u16(0).u32(0).u32(0xffffffff);
    central.raw(nameBytes).u16(1).u16(24).u64(data.length).u64(data.length).u64(offset);
  }
  const directoryOffset = out.length;
  const directory = central.done();
  out.raw(directory);
  const record = out.length;
  out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(names.length).u64(names.length).u64(directory.length).u64(directoryOffset);
  out.u32(0x07064b50).u32(0).u64(record).u32(1);
  out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  return out.done();
}

const TWEETS = encode('window.YTD.tweets.part0 = [ { "tweet": { "id_str": "42", "full_text": "from a big archive", "created_at": "Mon Jan 02 03:04:05 +0000 2017" } } ]');

describe('ZIP64 archives', () => {
  it('lists entries with their 64-bit sizes and offsets', () => {
    const entries = listZipEntries(zip64({ 'data/account.js': encode('x'), 'data/tweets.js': TWEETS }));
    expect(entries.map((e) => [e.name, e.size, e.compressedSize])).toEqual([
      ['data/account.js', 1, 1],
      ['data/tweets.js', TWEETS.length, TWEETS.length],
    ]);
    expect(entries[1].localHeaderOffset).toBeGreaterThan(0);
  });

  it('imports the tweets from one', async () => {
    const report = await importFile('big.zip', zip64({ 'data/tweets_media/a.mp4': new Uint8Array(5000), 'data/tweets.js': TWEETS }));
    expect(report.format).toBe('x-archive');
    expect(report.posts.map((p) => [p.id, p.text])).toEqual([['x:42', 'from a big archive']]);
  });
});
