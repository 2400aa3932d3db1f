import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings } from '../../../src/lint/index';
import { summarizeWeek, type SummaryPost } from '../../../src/summary/index';

const settings = defaultSettings();
const post = (publishedAt: string, text = 'Three ways to keep sourdough starter alive over the holidays.', extra: Partial<SummaryPost> = {}): SummaryPost => ({
  text,
  platform: 'x',
  kind: 'post',
  publishedAt,
  ...extra,
});
const SALE = 'FLASH SALE 40% OFF everything today only, shop now at our store!';

describe('summarizeWeek: week boundaries', () => {
  it('counts a post at 23:30 on the last Sunday in Berlin and not one at 00:30 Monday, in a 169-hour week', () => {
    const history = [post('2026-10-25T22:30:00Z'), post('2026-10-25T23:30:00Z'), post('2026-10-18T21:30:00Z')];
    const s = summarizeWeek(history, settings, '2026-10-19', 'Europe/Berlin');
    expect(s.hours).toBe(169);
    expect(s.posts.total).toBe(1);
    expect(s.perDay[6]).toMatchObject({ date: '2026-10-25', total: 1 });
    expect(s.weekEnd).toBe('2026-10-25');
  });

  it('handles New York weeks across both changes (169 and 167 hours)', () => {
    const autumn = summarizeWeek([post('2026-11-02T04:30:00Z'), post('2026-10-26T04:30:00Z')], settings, '2026-10-26', 'America/New_York');
    expect(autumn.hours).toBe(169);
    // 26 Oct 04:30Z is 00:30 EDT on Monday (in); 2 Nov 04:30Z is 23:30 EST on Sunday (in).
    expect(autumn.perDay.map((d) => d.total)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const spring = summarizeWeek([], settings, '2026-03-02', 'America/New_York');
    expect(spring.hours).toBe(167);
  });

  it('starts Sunday weeks on Sunday', () => {
    const history = [post('2026-11-01T15:00:00Z'), post('2026-11-07T15:00:00Z'), post('2026-11-08T15:00:00Z')];
    const sunday = summarizeWeek(history, settings, '2026-11-01', 'America/New_York');
    expect(sunday.posts.total).toBe(2);
    expect(sunday.perDay[0].date).toBe('2026-11-01');
  });

  it('places heatmap cells at local hours', () => {
    const s = summarizeWeek(
      [post('2026-10-25T22:30:00Z', 'A', { engagement: { likes: 10, reposts: 2 } }), post('2026-10-19T07:10:00Z', 'B', { engagement: { likes: 4 } }), post('2026-10-19T07:50:00Z', 'C')],
      settings,
      '2026-10-19',
      'Europe/Berlin',
    );
    const cell = (day: number, hour: number) => s.heatmap[day * 24 + hour];
    expect(cell(6, 23)).toEqual({ day: 6, hour: 23, count: 1, averageEngagement: 12 });
    // 07:10Z in October is 09:10 CEST; the post without counts does not dilute the average.
    expect(cell(0, 9)).toEqual({ day: 0, hour: 9, count: 2, averageEngagement: 4 });
    expect(s.heatmap.reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});

describe('summarizeWeek: figures and advice', () => {
  it('gives a clear empty result', () => {
    const s = summarizeWeek([post('2026-11-03T10:00:00Z')], settings, '2026-11-09', 'UTC');
    expect(s.empty).toBe(true);
    expect(s.posts.total).toBe(0);
    expect(s.conversationShare).toBeNull();
    expect(s.promoShare).toBeNull();
    expect(s.daysPosted).toBe(0);
    expect(s.longestSilenceDays).toBe(7);
    expect(s.previous.postsTotal).toBe(1);
    expect(s.advice).toEqual(["You published nothing this week (1 item the week before). A short post or a reply keeps you in people's feeds."]);
  });

  it('counts promotions against the goal and says so plainly', () => {
    const history = [
      post('2026-11-02T09:00:00Z', SALE),
      post('2026-11-02T18:00:00Z', 'FLASH SALE 40% OFF everything today only, shop now at our stor!'),
      post('2026-11-03T09:00:00Z', 'Buy now: 50% off gift cards, limited time only, order today!'),
      post('2026-11-05T09:00:00Z', 'Huge discount! Save 30% on every mug this weekend only. Shop now!'),
      post('2026-11-05T12:00:00Z'),
      post('2026-11-06T12:00:00Z', 'How we pick the beans for our winter blend, and what we learned.'),
      post('2026-11-06T13:00:00Z', 'Thanks, that is a great idea!', { kind: 'reply' }),
    ];
    const s = summarizeWeek(history, settings, '2026-11-02', 'UTC');
    expect(s.posts).toEqual({ total: 7, byPlatform: { x: 7, facebook: 0, linkedin: 0 }, byKind: { post: 6, reply: 1, comment: 0 } });
    expect(s.promotions).toBe(4);
    expect(s.promoShare).toBeCloseTo(4 / 6);
    expect(s.byPlatform.x).toMatchObject({ posts: 6, promotions: 4, maxPromoShare: 0.2 });
    expect(s.conversationShare).toBeCloseTo(1 / 7);
    expect(s.daysPosted).toBe(4);
    expect(s.longestSilenceDays).toBe(2);
    expect(s.advice[0]).toBe('4 of your 6 posts were promotions; the goal is at most 1 in 5. Share a tip, a story or a question between offers.');
    expect(s.advice).toContain('You answered people once (1 of your 7 items was a reply or comment).');
    expect(s.repeatedPromotions).toEqual([
      expect.objectContaining({ text: 'FLASH SALE 40% OFF everything today only, shop now at our stor!', earlierText: SALE, earlierPublishedAt: '2026-11-02T09:00:00Z' }),
    ]);
    expect(s.advice).toContain('You repeated a promotion once this week: say what changed, or point to the first post.');
    const phrases = s.flaggedPhrases.map((f) => f.phrase.toLowerCase());
    expect(phrases).toContain('shop now');
    expect(s.flaggedPhrases.find((f) => f.phrase.toLowerCase() === 'shop now')!.count).toBe(3);
  });

  it('reports goals, time budget and warnings heeded', () => {
    const custom = loadSettings({ goals: { linkedin: { postsPerWeek: 3, timeBudgetMinutes: 30 } } }).settings;
    const history = [
      post('2026-11-02T09:00:00Z', 'What small shops taught us about pricing.', { platform: 'linkedin', composingMs: 25 * 60_000, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning' }], heeded: true }),
      post('2026-11-03T09:00:00Z', 'Great point, Maria: we saw the same.', { platform: 'linkedin', kind: 'comment', composingMs: 15 * 60_000, diagnostics: [{ ruleId: 'shouting', severity: 'info' }] }),
      post('2026-11-04T09:00:00Z', 'Our holiday hours.', { platform: 'facebook', diagnostics: [{ ruleId: 'empty-post', severity: 'warning' }] }),
    ];
    const s = summarizeWeek(history, custom, '2026-11-02', 'UTC');
    expect(s.byPlatform.linkedin).toMatchObject({ posts: 1, postsGoal: 3, composingMinutes: 40, timedItems: 2, timeBudgetMinutes: 30 });
    expect(s.composingMinutes).toBe(40);
    expect(s.warnings).toEqual({
      itemsWarned: 2,
      itemsHeeded: 1,
      shown: 2,
      byRule: [
        { ruleId: 'ad-tone', name: 'Reads like an ad', shown: 1, heeded: 1 },
        { ruleId: 'empty-post', name: expect.any(String), shown: 1, heeded: 0 },
      ],
    });
    expect(s.advice).toContain('LinkedIn: 1 post of the 3 you aim for each week.');
    expect(s.advice).toContain('LinkedIn: 40 minutes writing, over your budget of 30. Social media is cheap, not free.');
    expect(s.advice).toContain('You posted on 3 of 7 days; the longest silence was 4 days. A little on most days keeps you in people\'s feeds better than a burst.');
  });

  it('leaves the days still to come out of the current week', () => {
    const s = summarizeWeek([post('2026-11-02T09:00:00Z')], settings, '2026-11-02', 'UTC', { now: Date.parse('2026-11-04T12:00:00Z') });
    expect(s.daysCounted).toBe(3);
    expect(s.longestSilenceDays).toBe(2);
  });
});
