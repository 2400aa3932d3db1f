// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/importers/index';
import { encode, exportBytes } from './exports';

const HEADER = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n';

describe('LinkedIn Shares.csv', () => {
  it('reads commentary exactly (embedded line breaks, doubled quotes), dates as UTC, skips reshares', async () => {
    const report = await importFile('Shares.csv', exportBytes('Shares.csv'));
    expect(report.format).toBe('linkedin-shares');
    expect(report.posts).toEqual([
      {
        id: 'linkedin:https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7170000000000000001',
        text: 'We are hiring a backend engineer.\n\nRemote-friendly, "no leetcode" interviews, and a team that writes things down.',
        platform: 'linkedin',
        kind: 'post',
        publishedAt: '2024-03-05T14:22:10.000Z',
      },
      {
        id: 'linkedin:https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7170000000000000003',
        text: 'Three things I learned running a meetup, in one line: start on time, end early, and say "thank you".',
        platform: 'linkedin',
        kind: 'post',
        publishedAt: '2024-03-07T17:30:45.000Z',
      },
      {
        id: expect.stringMatching(/^linkedin:2024-03-09T08:15:00\.000Z:[0-9a-f]{8}$/),
        text: 'Plain commentary, no share link: café ☕ and "quotes"',
        platform: 'linkedin',
        kind: 'post',
        publishedAt: '2024-03-09T08:15:00.000Z',
      },
    ]);
    // Line numbers are where each record starts: the first record spans lines 2–4.
    expect(report.skipped).toEqual([
      { where: 'Shares.csv line 5', reason: 'reshare with no text of its own' },
      { where: 'Shares.csv line 7', reason: 'Date "yesterday" is not a time (expected 2024-03-05 14:22:10)' },
    ]);
  });

  it('finds the columns by name in any order and case', async () => {
    const csv = 'visibility,sharecommentary,DATE,ShareLink\nPUBLIC,Hello,2024-01-02 03:04:05,https://l/1\n';
    const report = await importFile('Shares.csv', encode(csv));
    expect(report.posts).toEqual([{ id: 'linkedin:https://l/1', text: 'Hello', platform: 'linkedin', kind: 'post', publishedAt: '2024-01-02T03:04:05.000Z' }]);
  });

  it('refuses impossible dates such as 2024-02-31', async () => {
    const report = await importFile('Shares.csv', encode(`${HEADER}2024-02-31 10:00:00,https://l/1,Hi,,,PUBLIC\n`));
    expect(report.posts).toEqual([]);
    expect(report.skipped).toEqual([{ where: 'Shares.csv line 2', reason: expect.stringContaining('"2024-02-31 10:00:00" is not a time') }]);
  });

  it('keeps the rows before a quoted field that never closes (a cut-off file) and says where it stopped', async () => {
    const csv = `${HEADER}2024-01-01 09:00:00,https://l/1,First,,,PUBLIC\n2024-01-02 09:00:00,https://l/2,"Second, cut off\nmid-sentence`;
    const report = await importFile('Shares.csv', encode(csv));
    expect(report.posts.map((p) => p.text)).toEqual(['First']);
    expect(report.skipped).toEqual([{ where: 'Shares.csv line 3', reason: expect.stringContaining('never closes') }]);
  });

  it('gives the same ids on a second import, also for rows without a share link', async () => {
    const first = await importFile('Shares.csv', exportBytes('Shares.csv'));
    const second = await importFile('Shares (1).csv', exportBytes('Shares.csv'));
    expect(second.posts.map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
  });

  it('ignores blank lines and tolerates short rows', async () => {
    const report = await importFile('Shares.csv', encode(`${HEADER}\n2024-01-01 09:00:00\n`));
    expect(report.posts).toEqual([]);
    expect(report.skipped).toEqual([{ where: 'Shares.csv line 3', reason: 'reshare with no text of its own' }]);
  });
});
