// @vitest-environment node
/** `postlint import FILE...`, in-process with fake files. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../src/cli/history';
import { main } from '../../../src/cli/main';
import { escapeForTerminal } from '../../../src/cli/terminal-text';
import { xArchiveFiles } from '../../fixtures/exports/x-archive-files';
import { exportBytes } from '../importers/exports';
import { fakeIO, jsonLines, type FakeIOOptions } from './fake-io';

async function cli(argv: string[], options: FakeIOOptions = {}) {
  const io = fakeIO(options);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('postlint import', () => {
  it('prints Shares.csv posts as history JSON Lines, and each skipped row and a summary on stderr', async () => {
    const { code, out, err } = await cli(['import', 'Shares.csv'], { files: { 'Shares.csv': exportBytes('Shares.csv') } });
    expect(code).toBe(0);
    expect(jsonLines(out)[0]).toEqual({
      text: 'We are hiring a backend engineer.\n\nRemote-friendly, "no leetcode" interviews, and a team that writes things down.',
      platform: 'linkedin',
      kind: 'post',
      publishedAt: '2024-03-05T14:22:10.000Z',
      id: 'linkedin:https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7170000000000000001',
    });
    expect(jsonLines(out)).toHaveLength(3);
    expect(err).toBe(
      [
        'Shares.csv line 5: reshare with no text of its own — skipped',
        'Shares.csv line 7: Date "yesterday" is not a time (expected 2024-03-05 14:22:10) — skipped',
        'Shares.csv: 3 posts, 2 skipped',
        '',
      ].join('\n'),
    );
  });

  it('reads several files in turn, a zip among them, with engagement on X posts', async () => {
    const files = { 'twitter.zip': zipSync(xArchiveFiles()), 'your_posts_1.json': exportBytes('your_posts_1.json') };
    const { code, out, err } = await cli(['import', 'twitter.zip', 'your_posts_1.json'], { files });
    expect(code).toBe(0);
    const lines = jsonLines(out) as Array<Record<string, unknown>>;
    expect(lines.map((l) => l.platform)).toEqual(['x', 'x', 'x', 'x', 'x', 'facebook', 'facebook', 'facebook']);
    expect(lines[0]).toMatchObject({ id: 'x:1849500000000000001', engagement: { likes: 12, reposts: 3 } });
    expect(lines[1]).toMatchObject({ kind: 'reply' });
    expect(lines[5]).toMatchObject({ text: 'Café opening on Saturday 😀 come by!' });
    expect(err).toContain('twitter.zip: data/tweets.js item 3: a retweet of @grace, not your own words — skipped\n');
    expect(err).toContain('twitter.zip: 5 posts, 2 skipped\n');
    expect(err).toContain('your_posts_1.json: 3 posts, 2 skipped\n');
  });

  it('prints what --history reads: every line is accepted', async () => {
    const { out } = await cli(['import', 'tweets.js', 'Shares.csv'], { files: { 'tweets.js': exportBytes('tweets.js'), 'Shares.csv': exportBytes('Shares.csv') } });
    const history = parseHistory(out, 'posts.jsonl');
    expect(history.problems).toEqual([]);
    expect(history.posts).toHaveLength(6);
  });

  it('a file that is no known export or cannot be read exits 2; the other files are still imported', async () => {
    const { code, out, err } = await cli(['import', 'notes.txt', 'missing.csv', 'Shares.csv'], {
      files: { 'notes.txt': 'just notes', 'Shares.csv': exportBytes('Shares.csv') },
    });
    expect(code).toBe(2);
    expect(jsonLines(out)).toHaveLength(3);
    expect(err).toContain('postlint: notes.txt is not a data export PostLint can read: its content matches none of them. PostLint reads an X archive');
    expect(err).toContain('postlint: cannot read missing.csv: no such file\n');
    expect(err).toContain('Shares.csv: 3 posts, 2 skipped\n');
  });

  it('a damaged zip exits 2 with what to do', async () => {
    const zip = zipSync(xArchiveFiles());
    const { code, err } = await cli(['import', 'x.zip'], { files: { 'x.zip': zip.subarray(0, 3000) } });
    expect(code).toBe(2);
    expect(err).toMatch(/^postlint: x\.zip could not be read: .*download the archive again\n$/);
  });

  it('without a FILE it exits 2 and names the files it takes', async () => {
    const { code, err } = await cli(['import']);
    expect(code).toBe(2);
    expect(err).toContain('import needs at least one FILE');
  });

  it('escapes control characters from file names and exports on stderr', async () => {
    const name = 'evil\u001b[31m\u202e.txt';
    const { err } = await cli(['import', name], { files: { [name]: 'x' } });
    expect(err).not.toMatch(/[\u001b\u202e]/);
    expect(err).toContain('evil\\u{1b}[31m\\u{202e}.txt');
  });

  it('is described in --help', async () => {
    const { out } = await cli(['--help']);
    expect(out).toContain('\nImport (postlint import FILE...)');
    expect(out).toContain('postlint import FILE...');
  });
});

describe('escapeForTerminal', () => {
  it.each([
    ['plain text, emoji 😀 and accents é', 'plain text, emoji 😀 and accents é'],
    ['a\nb\tc', 'a\\u{0a}b\\u{09}c'],
    ['\u0007bell\u007f\u009b', '\\u{07}bell\\u{7f}\\u{9b}'],
    ['\u2066isolate\u2069', '\\u{2066}isolate\\u{2069}'],
  ])('%j', (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });
});
