// @vitest-environment node
/**
 * The importers on exports whose posts hold hostile text (HTML and script, unpaired surrogates,
 * ZWJ emoji, right-to-left text, combining marks, control characters, a megabyte post) in each
 * format, inside and outside a zip: a report or one of the two documented errors, never a throw of
 * anything else; a post's text is a string kept as written (no markup interpreted or stripped).
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DamagedExportError, importFile, UnknownExportError, type ImportReport } from '../../../src/importers/index';
import { hostileString, megabyteOf } from './hostile-text';

const encode = (text: string) => new TextEncoder().encode(text);
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The three text formats, each holding `texts` as posts. */
const FORMATS: Record<string, (texts: string[]) => string> = {
  'Shares.csv': (texts) =>
    `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${texts.map((t, i) => `2024-03-0${(i % 9) + 1} 10:00:00,https://www.linkedin.com/feed/update/${i},${csvCell(t)},,,MEMBER_NETWORK`).join('\n')}\n`,
  'tweets.js': (texts) =>
    `window.YTD.tweets.part0 = ${JSON.stringify(texts.map((t, i) => ({ tweet: { id_str: String(1000 + i), full_text: t, created_at: 'Wed Oct 23 15:12:07 +0000 2024', in_reply_to_status_id_str: null } })))}`,
  'your_posts_1.json': (texts) => JSON.stringify(texts.map((t, i) => ({ timestamp: 1_700_000_000 + i, data: [{ post: t }] }))),
};

async function importChecked(name: string, bytes: Uint8Array): Promise<ImportReport | null> {
  try {
    const report = await importFile(name, bytes);
    for (const post of report.posts) expect(typeof post.text).toBe('string');
    return report;
  } catch (error) {
    if (error instanceof UnknownExportError || error instanceof DamagedExportError) return null;
    throw error;
  }
}

describe('importers on hostile posts', () => {
  it.each(Object.keys(FORMATS))('%s: any hostile text, as a file or inside a zip', async (name) => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 6 }), fc.boolean(), async (texts, zipped) => {
        const content = encode(FORMATS[name](texts));
        await importChecked(name, zipped ? zipSync({ [`data/${name === 'tweets.js' ? 'tweets.js' : name}`]: content }) : content);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it.each(Object.keys(FORMATS))('%s: markup reaches the report as the text it is', async (name) => {
    const script = '<script>window.__pwned=1</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">win</a>';
    const report = await importChecked(name, encode(FORMATS[name]([script])));
    expect(report?.posts.map((p) => p.text)).toEqual([script]);
  });

  it.each(Object.keys(FORMATS))('%s: a megabyte post and its neighbours', async (name) => {
    const big = megabyteOf('Fresh bread 👩‍👩‍👧 مرحبا e\u0301 <b>x</b>\u0007 ');
    const report = await importChecked(name, encode(FORMATS[name](['before', big, 'after'])));
    expect(report).not.toBeNull();
  }, 60_000);

  it('adversarial CSV: unbalanced quotes, stray carriage returns, NULs and a huge header', async () => {
    const pieces = fc.constantFrom('"', '""', ',', '\r', '\n', '\r\n', '\u0000', 'Date', 'ShareCommentary', 'x', '\ufeff', '\ud800');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 200 }), async (p) => {
        await importChecked('Shares.csv', encode(`Date,ShareLink,ShareCommentary\n${p.join('')}`));
      }),
      { numRuns: 300 },
    );
    await importChecked('Shares.csv', encode(`${'Date,'.repeat(100_000)}ShareCommentary\n"${'"'.repeat(100_000)}`));
  }, 60_000);
});
