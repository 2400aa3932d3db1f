// @vitest-environment node
/**
 * Whatever a person picks in the file dialog, an import either returns a well-formed report or
 * fails with one of the two documented errors, and always finishes.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DamagedExportError, importFile, UnknownExportError, type ImportReport } from '../../../src/importers/index';
import { xArchiveFiles } from '../../fixtures/exports/x-archive-files';
import { encode, exportBytes } from './exports';

const SAMPLES = ['tweets.js', 'Shares.csv', 'your_posts_1.json', 'x-archive.zip'].map(exportBytes);
const ZIP = zipSync(xArchiveFiles());

/** Imports and checks the outcome; returns what happened for the caller to count. */
async function importChecked(bytes: Uint8Array): Promise<'report' | 'unknown' | 'damaged'> {
  let report: ImportReport;
  try {
    report = await importFile('picked-file', bytes);
  } catch (error) {
    if (error instanceof UnknownExportError) return 'unknown';
    if (error instanceof DamagedExportError) return 'damaged';
    throw error;
  }
  const ids = new Set<string>();
  for (const post of report.posts) {
    expect(post.text.trim()).not.toBe('');
    expect(post.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(['x', 'facebook', 'linkedin']).toContain(post.platform);
    expect(['post', 'reply']).toContain(post.kind);
    expect(ids.has(post.id)).toBe(false);
    ids.add(post.id);
  }
  for (const entry of report.skipped) expect(entry.where).toMatch(/^picked-file/);
  return 'report';
}

const prefixes = ['', 'window.YTD.tweets.part0 = ', 'window.YTD.tweets.part0 = [', 'Date,ShareLink,ShareCommentary\n', '[{"timestamp":', '{"status_updates_v2":[', 'PK\u0003\u0004'];

describe('importFile on arbitrary input', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => void (await importChecked(bytes))), { numRuns: 300 });
  });

  it('random text after the start of each format', async () => {
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.json().map((j) => `${j},${j}]`), fc.string({ unit: 'grapheme', maxLength: 200 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), text, async (prefix, rest) => void (await importChecked(encode(prefix + rest)))),
      { numRuns: 400 },
    );
  });

  it('real exports cut off anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLES, ZIP), fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, share) => {
        await importChecked(bytes.subarray(0, Math.floor(bytes.length * share)));
      }),
      { numRuns: 200 },
    );
  });

  it('real exports with bytes flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLES, ZIP), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), async (bytes, flips) => {
        const copy = bytes.slice();
        for (const [at, mask] of flips) copy[at % copy.length] ^= mask;
        await importChecked(copy);
      }),
      { numRuns: 300 },
    );
  });
});
