// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DamagedExportError, importFile, UnknownExportError } from '../../../src/importers/index';
import { xArchiveFiles } from '../../fixtures/exports/x-archive-files';
import { encode, exportBytes } from './exports';

/** A tweets.js with `count` tweets, about 300 bytes each. */
function bigTweetsJs(count: number): Uint8Array {
  const items = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ tweet: { id_str: String(1e15 + i), full_text: `Tweet number ${i} with a little text to make it a realistic size for an archive`, created_at: 'Mon Jan 02 03:04:05 +0000 2017', favorite_count: '1', retweet_count: '0' } }),
  );
  return encode(`window.YTD.tweets.part0 = [\n${items.join(',\n')}\n]`);
}

describe('importFile: recognising exports', () => {
  it.each([
    ['tweets.js', 'x-tweets-js'],
    ['Shares.csv', 'linkedin-shares'],
    ['your_posts_1.json', 'facebook-posts'],
    ['x-archive.zip', 'x-archive'],
  ] as const)('recognises %s by content, whatever the file is called', async (fixture, format) => {
    expect((await importFile('download', exportBytes(fixture))).format).toBe(format);
  });

  it('reads LinkedIn and Facebook exports inside their zips', async () => {
    const linkedin = zipSync({ 'Basic_LinkedInDataExport/Shares.csv': exportBytes('Shares.csv'), 'Basic_LinkedInDataExport/Profile.csv': strToU8('First Name\nMe\n') });
    expect((await importFile('linkedin.zip', linkedin)).posts).toHaveLength(3);
    const facebook = zipSync({ 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': exportBytes('your_posts_1.json') });
    const report = await importFile('facebook.zip', facebook);
    expect(report.format).toBe('facebook-posts');
    expect(report.skipped[0].where).toBe('facebook.zip: your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json item 2');
  });

  it.each([
    ['notes.txt', 'just some notes', /its content matches none of them/],
    ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /not a text file/],
    ['like.js', 'window.YTD.like.part0 = [ ]', /archive's like\.js, not tweets\.js/],
    ['Connections.csv', 'First Name,Last Name\nAda,Lovelace\n', /no Date and ShareCommentary columns/],
    ['comments.json', '{ "comments_v2": [ { "timestamp": 1, "data": [] } ] }', /Facebook comments/],
    ['data.json', '{"hello": "world"}', /JSON but not a list of Facebook posts/],
    ['empty', '', /matches none/],
    ['other.zip', zipSync({ 'readme.txt': strToU8('hi') }), /no data\/tweets\.js, Shares\.csv or your_posts_1\.json/],
  ])('%s is no known export, and the message says which files are', async (name, content, detail) => {
    const bytes = typeof content === 'string' ? encode(content) : content;
    const error = await importFile(name, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownExportError);
    expect((error as Error).message).toMatch(detail);
    expect((error as Error).message).toContain(`${name} is not a data export PostLint can read`);
    expect((error as Error).message).toContain("LinkedIn's Shares.csv and Facebook's your_posts_1.json");
  });
});

describe('importFile: damaged files', () => {
  const archive = zipSync(xArchiveFiles());

  it('a zip cut off before its table of contents is a DamagedExportError that says to download again', async () => {
    const error = await importFile('x.zip', archive.subarray(0, archive.length - 200)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedExportError);
    expect((error as Error).message).toMatch(/x\.zip could not be read: .*download the archive again/);
  });

  it('a damaged tweets part is skipped with the reason; the other parts are imported', async () => {
    const files = xArchiveFiles();
    const zip = zipSync(files);
    // Corrupt the deflated bytes of data/tweets.js in place (its data sits after its local header).
    const name = encode('data/tweets.js');
    const at = findBytes(zip, name) + name.length;
    for (let i = at + 10; i < at + 60; i++) zip[i] ^= 0x5a;
    const report = await importFile('x.zip', zip);
    expect(report.posts.map((p) => p.id)).toEqual(['x:1700000000000000010', 'x:1700000000000000011']);
    expect(report.skipped).toEqual([{ where: 'x.zip: data/tweets.js', reason: expect.stringMatching(/^data\/tweets\.js is damaged/) }]);
  });

  it('a tweets.js that stops in the middle keeps the tweets before the cut', async () => {
    const text = new TextDecoder().decode(exportBytes('tweets.js'));
    const report = await importFile('tweets.js', encode(text.slice(0, text.indexOf('"RT @grace'))));
    expect(report.posts.map((p) => p.id)).toEqual(['x:1849500000000000001', 'x:1849500000000000002']);
    expect(report.skipped).toEqual([{ where: 'tweets.js item 3', reason: 'the file ends in the middle of this item (cut off?)' }]);
  });

  it('a tweets.js with a broken item skips that item only', async () => {
    const text = 'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "ok", "created_at": "Mon Jan 02 03:04:05 +0000 2017"}}, {"tweet": nope}, , ]';
    const report = await importFile('tweets.js', encode(text));
    expect(report.posts.map((p) => p.id)).toEqual(['x:1']);
    expect(report.skipped).toEqual([
      { where: 'tweets.js item 2', reason: 'not valid JSON (the file is damaged here)' },
      { where: 'tweets.js item 3', reason: 'empty item' },
    ]);
  });

  it('a tweets.js prefix with no list after it is damaged', async () => {
    await expect(importFile('tweets.js', encode('window.YTD.tweets.part0 = {}'))).rejects.toBeInstanceOf(DamagedExportError);
  });
});

describe('importFile: large files', () => {
  it('yields to the event loop while it works and reports progress up to 1', async () => {
    const bytes = zipSync({ 'data/tweets.js': bigTweetsJs(20_000) });
    let timerRuns = 0;
    const ticker = setInterval(() => timerRuns++, 0);
    const progress: number[] = [];
    const report = await importFile('big.zip', bytes, { onProgress: (share) => progress.push(share) });
    clearInterval(ticker);
    expect(report.posts).toHaveLength(20_000);
    expect(timerRuns).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const pending = importFile('tweets.js', bigTweetsJs(20_000), { signal: controller.signal, onProgress: () => controller.abort(new Error('cancelled')) });
    await expect(pending).rejects.toThrow('cancelled');
  });

  it('refuses to start with an aborted signal', async () => {
    await expect(importFile('tweets.js', exportBytes('tweets.js'), { signal: AbortSignal.abort() })).rejects.toHaveProperty('name', 'AbortError');
  });
});

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
