// @vitest-environment node
/** `postlint summary` in-process with the real rules: what it reads, which week it picks, what it prints. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIO, TEST_NOW, type FakeIOOptions } from './fake-io';

async function cli(argv: string[], options: FakeIOOptions = {}) {
  const io = fakeIO(options);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const lines = [
  { text: 'FLASH SALE 40% OFF everything today only, shop now at our store!', platform: 'x', publishedAt: '2026-11-23T09:00:00Z' },
  { text: 'FLASH SALE 40% OFF everything today only, shop now at our stor!', platform: 'x', publishedAt: '2026-11-24T08:00:00Z' },
  { text: 'Thanks Maria, that is a great point.', platform: 'linkedin', kind: 'comment', publishedAt: '2026-11-22T23:30:00Z', composingMs: 120_000 },
  { text: 'How we roast our winter blend.', platform: 'facebook', publishedAt: '2026-11-16T10:00:00Z', engagement: { likes: 3 } },
];
const files = { 'posts.jsonl': `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n` };

describe('postlint summary', () => {
  it('summarises the current week (from --now / the clock) as JSON with the documented fields', async () => {
    const { code, out, err } = await cli(['summary', '--history', 'posts.jsonl', '--tz', 'Europe/Berlin', '--format', 'json'], { files, now: TEST_NOW });
    expect(code).toBe(0);
    expect(err).toBe('postlint: posts.jsonl:5: not valid JSON (Unexpected token \'o\', "not json" is not valid JSON) (line skipped)\n');
    const s = JSON.parse(out);
    // 22 Nov 23:30 UTC is 00:30 on Monday 23 Nov in Berlin: in this week.
    expect(s).toMatchObject({
      weekStart: '2026-11-23',
      weekEnd: '2026-11-29',
      timeZone: 'Europe/Berlin',
      posts: { total: 3, byPlatform: { x: 2, facebook: 0, linkedin: 1 }, byKind: { post: 2, reply: 0, comment: 1 } },
      daysPosted: 2,
      daysCounted: 2,
      longestSilenceDays: 0,
      promoShare: 1,
      previous: { weekStart: '2026-11-16', postsTotal: 1 },
    });
    expect(s.conversationShare).toBeCloseTo(1 / 3);
    expect(s.repeatedPromotions).toHaveLength(1);
    expect(s.advice[0]).toMatch(/^On X, 2 of your 2 posts were promotions; the goal is at most 1 in 5/);
  });

  it('takes any day of --week, --now and a UTC week, and prints a text report', async () => {
    const { code, out } = await cli(['summary', '--history=posts.jsonl', '--week', '2026-11-19', '--tz', 'UTC', '--now', '2026-12-01'], { files });
    expect(code).toBe(0);
    expect(out).toContain('PostLint summary: Mon 16 Nov – Sun 22 Nov 2026 (UTC)');
    expect(out).toContain('  Published     2 (Facebook 1, LinkedIn 1): 1 post, 0 replies, 1 comment\n');
    expect(out).toContain('Advice\n  - ');
  });

  it('starts weeks on the configured first day', async () => {
    const config = { 'settings.json': JSON.stringify({ week: { firstDay: 0, timeZone: 'America/New_York' } }) };
    const { out } = await cli(['summary', '--history', 'posts.jsonl', '-c', 'settings.json', '-f', 'json', '--now', '2026-11-24T09:00:00Z'], { files: { ...files, ...config } });
    expect(JSON.parse(out)).toMatchObject({ weekStart: '2026-11-22', timeZone: 'America/New_York' });
  });

  it('says what is wrong with bad usage (exit 2)', async () => {
    expect(await cli(['summary'], { files })).toMatchObject({ code: 2, err: 'postlint: summary needs --history FILE (one published post a line, as for linting)\n' });
    expect((await cli(['summary', '--history', 'posts.jsonl', '--tz', 'Mars/Olympus'], { files })).err).toContain('"Mars/Olympus" is not a time zone');
    expect((await cli(['summary', '--history', 'posts.jsonl', '--week', '2026-02-30'], { files })).err).toContain('--week: "2026-02-30" is not a date');
    expect((await cli(['summary', '--history', 'posts.jsonl', '--format', 'xml'], { files })).code).toBe(2);
    expect((await cli(['summary', '--history', 'missing.jsonl'], { files })).err).toMatch(/cannot read missing\.jsonl/);
  });

  it('reads the JSON array the options page exports', async () => {
    const { out } = await cli(['summary', '--history', 'h.json', '-f', 'json', '--week', '2026-11-23', '--tz', 'UTC'], { files: { 'h.json': JSON.stringify(lines) } });
    expect(JSON.parse(out).posts.total).toBe(2);
  });
});
