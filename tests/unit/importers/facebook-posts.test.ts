// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/importers/index';
import { repairMojibake } from '../../../src/importers/mojibake';
import { encode, exportBytes } from './exports';

describe('repairMojibake', () => {
  it.each([
    ['CafÃ©', 'Café'],
    ['ð\u009f\u0098\u0080', '😀'],
    ['â\u0080\u009cquotedâ\u0080\u009d', '“quoted”'],
    ['plain ASCII', 'plain ASCII'],
    ['Café', 'Café'], // real Latin-1 "é" alone is not valid UTF-8: left alone
    ['Café 😀', 'Café 😀'], // already correct text (characters beyond U+00FF)
    ['Ã', 'Ã'], // an incomplete sequence
  ])('%j → %j', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it('is harmless when applied twice', () => {
    expect(repairMojibake(repairMojibake('CafÃ© ð\u009f\u0098\u0080'))).toBe('Café 😀');
  });
});

describe('Facebook your_posts_1.json', () => {
  it('reads post texts with the mojibake repaired and skips entries without text', async () => {
    const report = await importFile('your_posts_1.json', exportBytes('your_posts_1.json'));
    expect(report.format).toBe('facebook-posts');
    expect(report.posts).toEqual([
      { id: expect.stringMatching(/^facebook:1700000000:[0-9a-f]{8}$/), text: 'Café opening on Saturday 😀 come by!', platform: 'facebook', kind: 'post', publishedAt: '2023-11-14T22:13:20.000Z' },
      {
        id: expect.stringMatching(/^facebook:1700200000:[0-9a-f]{8}$/),
        text: 'Naïve question: who else still writes letters? “Dear friend” — it feels good.',
        platform: 'facebook',
        kind: 'post',
        publishedAt: '2023-11-17T05:46:40.000Z',
      },
      { id: expect.stringMatching(/^facebook:1700400000:/), text: 'Worth reading: https://example.com/article', platform: 'facebook', kind: 'post', publishedAt: '2023-11-19T13:20:00.000Z' },
    ]);
    expect(report.skipped).toEqual([
      { where: 'your_posts_1.json item 2', reason: 'no text of its own (a photo, check-in or shared link only)' },
      { where: 'your_posts_1.json item 4', reason: 'no text of its own (a photo, check-in or shared link only)' },
    ]);
  });

  it('gives the same ids on a second import; two posts in the same second get different ids', async () => {
    const first = await importFile('your_posts_1.json', exportBytes('your_posts_1.json'));
    const second = await importFile('your_posts_1.json', exportBytes('your_posts_1.json'));
    expect(second.posts.map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
    const twins = await importFile('your_posts_1.json', encode('[{"timestamp":1,"data":[{"post":"a"}]},{"timestamp":1,"data":[{"post":"b"}]}]'));
    expect(new Set(twins.posts.map((p) => p.id)).size).toBe(2);
  });

  it('reads the older wrapped shape { "status_updates_v2": [...] }', async () => {
    const report = await importFile('your_posts.json', encode('{ "status_updates_v2": [ { "timestamp": 1600000000, "data": [ { "post": "Hello" } ] } ] }'));
    expect(report.posts.map((p) => [p.text, p.publishedAt])).toEqual([['Hello', '2020-09-13T12:26:40.000Z']]);
  });

  it('keeps the entries before a cut-off and names the damaged one', async () => {
    const whole = new TextDecoder().decode(exportBytes('your_posts_1.json'));
    const cut = whole.slice(0, whole.indexOf('Na'));
    const report = await importFile('your_posts_1.json', encode(cut));
    expect(report.posts.map((p) => p.text)).toEqual(['Café opening on Saturday 😀 come by!']);
    expect(report.skipped.at(-1)).toEqual({ where: 'your_posts_1.json item 3', reason: 'the file ends in the middle of this item (cut off?)' });
  });
});
