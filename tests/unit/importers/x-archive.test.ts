// @vitest-environment node
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/importers/index';
import { xArchiveFiles } from '../../fixtures/exports/x-archive-files';
import { encode, exportBytes } from './exports';

describe('X tweets.js', () => {
  it('reads posts and replies with expanded links, decoded entities, UTC times and engagement', async () => {
    const report = await importFile('tweets.js', exportBytes('tweets.js'));
    expect(report.format).toBe('x-tweets-js');
    expect(report.posts).toEqual([
      {
        id: 'x:1849500000000000001',
        text: 'Release notes for 2.0 & what changed <3 here: https://example.com/blog/release-notes?lang=en&ref=x',
        platform: 'x',
        kind: 'post',
        publishedAt: '2024-10-24T14:12:07.000Z',
        engagement: { likes: 12, reposts: 3 },
      },
      {
        id: 'x:1849500000000000002',
        text: '@ada Thanks, that fixed it!',
        platform: 'x',
        kind: 'reply',
        publishedAt: '2024-10-25T08:00:00.000Z',
        engagement: { likes: 1, reposts: 0 },
      },
      {
        id: 'x:1849500000000000005',
        text: 'Sunset over the harbour 🌅',
        platform: 'x',
        kind: 'post',
        publishedAt: '2024-10-27T18:45:59.000Z',
        engagement: { likes: 7, reposts: 1 },
      },
    ]);
    expect(report.skipped).toEqual([
      { where: 'tweets.js item 3', reason: 'a retweet of @grace, not your own words' },
      { where: 'tweets.js item 4', reason: 'a picture or video with no text of its own' },
    ]);
  });

  it('converts created_at offsets to UTC and keeps line breaks and quotes', async () => {
    const report = await importFile('tweets-part1.js', exportBytes('tweets-part1.js'));
    expect(report.posts.map((p) => [p.publishedAt, p.text])).toEqual([
      ['2023-09-11T07:05:00.000Z', 'We launched today! 🚀 #launch\nThanks to everyone who tested the beta.'],
      ['2023-09-13T04:59:59.000Z', 'Late-night thought: "ship small, ship often".'],
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('reads older archives: tweet.js, bare tweet objects, numeric counts, no engagement fields', async () => {
    const text = `window.YTD.tweet.part0 = [ { "id_str": "5", "full_text": "old &amp; bare", "created_at": "Mon Jan 02 03:04:05 +0000 2017", "favorite_count": 4 }, { "id_str": "6", "text": "no counts", "created_at": "Mon Jan 02 03:04:06 +0000 2017" } ]`;
    const report = await importFile('tweet.js', encode(text));
    expect(report.posts).toEqual([
      { id: 'x:5', text: 'old & bare', platform: 'x', kind: 'post', publishedAt: '2017-01-02T03:04:05.000Z', engagement: { likes: 4 } },
      { id: 'x:6', text: 'no counts', platform: 'x', kind: 'post', publishedAt: '2017-01-02T03:04:06.000Z' },
    ]);
  });

  it('skips items that are not tweets or have no readable time, naming each', async () => {
    const text = `window.YTD.tweets.part0 = [ { "tweet": { "full_text": "no id", "created_at": "Mon Jan 02 03:04:05 +0000 2017" } }, { "tweet": { "id_str": "7", "full_text": "when?", "created_at": "sometime" } }, { "tweet": { "id_str": "8", "full_text": "fine", "created_at": "Mon Jan 02 03:04:05 +0000 2017" } } ]`;
    const report = await importFile('tweets.js', encode(text));
    expect(report.posts.map((p) => p.id)).toEqual(['x:8']);
    expect(report.skipped).toEqual([
      { where: 'tweets.js item 1', reason: expect.stringMatching(/^not a tweet \(id_str: /) },
      { where: 'tweets.js item 2', reason: 'created_at "sometime" is not a time' },
    ]);
  });

  it('keeps an expanded link exactly, even with "&amp;" in it, and leaves unknown t.co links as they are', async () => {
    const text = `window.YTD.tweets.part0 = [ { "tweet": { "id_str": "9", "full_text": "a &amp; b https://t.co/one1 c https://t.co/two2", "created_at": "Mon Jan 02 03:04:05 +0000 2017", "entities": { "urls": [ { "url": "https://t.co/one1", "expanded_url": "https://e.com/?q=&amp;" } ] } } } ]`;
    const [post] = (await importFile('tweets.js', encode(text))).posts;
    expect(post.text).toBe('a & b https://e.com/?q=&amp; c https://t.co/two2');
  });
});

describe('X archive zip', () => {
  it('reads data/tweets.js and its part files, and nothing else in the archive', async () => {
    const report = await importFile('twitter-2024.zip', zipSync(xArchiveFiles()));
    expect(report.format).toBe('x-archive');
    expect(report.posts.map((p) => p.id)).toEqual([
      'x:1849500000000000001',
      'x:1849500000000000002',
      'x:1849500000000000005',
      'x:1700000000000000010',
      'x:1700000000000000011',
    ]);
    expect(report.skipped.map((s) => s.where)).toEqual(['twitter-2024.zip: data/tweets.js item 3', 'twitter-2024.zip: data/tweets.js item 4']);
  });

  it('reads an archive re-zipped with its top folder, parts in numeric order, stored or deflated', async () => {
    const part = (n: number, id: string) => encode(`window.YTD.tweets.part${n} = [ { "tweet": { "id_str": "${id}", "full_text": "t${id}", "created_at": "Mon Jan 02 03:04:05 +0000 2017" } } ]`);
    const zip = zipSync({
      'twitter-2024-11-01/data/tweets-part10.js': [part(10, '10'), { level: 0 }],
      'twitter-2024-11-01/data/tweets-part2.js': part(2, '2'),
      'twitter-2024-11-01/data/tweets.js': part(0, '1'),
    });
    const report = await importFile('archive.zip', zip);
    expect(report.posts.map((p) => p.id)).toEqual(['x:1', 'x:2', 'x:10']);
  });

  it('the committed sample zip matches its sources', async () => {
    const committed = await importFile('x-archive.zip', exportBytes('x-archive.zip'));
    const fresh = await importFile('x-archive.zip', zipSync(xArchiveFiles()));
    expect(committed).toEqual(fresh);
    expect(committed.posts).toHaveLength(5);
  });

  it('gives the same ids when the same archive is imported twice, and no id twice in one report', async () => {
    const files = xArchiveFiles();
    // The same part twice under two names: each tweet still appears once.
    files['data/tweets-part2.js'] = files['data/tweets-part1.js'];
    const first = await importFile('a.zip', zipSync(files));
    const second = await importFile('a.zip', zipSync(files));
    expect(second.posts.map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
    expect(new Set(first.posts.map((p) => p.id)).size).toBe(first.posts.length);
    expect(first.posts).toHaveLength(5);
  });
});
