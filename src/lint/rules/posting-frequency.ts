import { z } from 'zod';
import { defineRule } from '../rule';
import { PLATFORM_NAMES } from '../types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Posts allowed per rolling 24 hours and 7 days; null = no limit. */
const limits = (perDay: number | null, perWeek: number | null) =>
  z
    .object({
      perDay: z.number().int().min(0).max(1000).nullable().default(perDay),
      perWeek: z.number().int().min(0).max(7000).nullable().default(perWeek),
    })
    .prefault({});

/**
 * Too many updates for the medium: publishing the draft would exceed the person's limit of posts
 * on this platform in the last 24 hours or 7 days (rolling, up to `now`). Replies and comments are
 * conversation: they are neither counted nor checked.
 */
export const postingFrequency = defineRule({
  id: 'posting-frequency',
  name: 'Posting too often',
  description: 'More posts on one platform in a day or a week than the medium bears.',
  why: 'Each network has its own pace: hourly updates are normal on X, while a second LinkedIn post on the same day crowds your own first one out and tires your followers.',
  defaultSeverity: 'warning',
  options: z.object({
    x: limits(15, null),
    facebook: limits(2, null),
    linkedin: limits(1, 5),
  }),
  check({ draft, now, options, analysis }) {
    if (draft.kind !== 'post') return [];
    const { perDay, perWeek } = options[draft.platform];
    if (perDay === null && perWeek === null) return [];
    const index = analysis.historyIndex;
    // Oldest first; dates in the future or unparsable are left out by publishedWithin.
    const week = index
      .publishedWithin(now - 7 * DAY, now)
      .filter((i) => index.posts[i].platform === draft.platform && (index.posts[i].kind ?? 'post') === 'post')
      .map((i) => index.times[i]);
    const day = week.filter((t) => t > now - DAY);
    const name = PLATFORM_NAMES[draft.platform];
    const over = (times: number[], limit: number | null, span: string, window: number) => {
      if (limit === null || times.length + 1 <= limit) return null;
      const head = `This would be your ${ordinal(times.length + 1)} ${name} post in ${span} (limit ${limit})`;
      if (limit === 0) return { message: `${head}: you set no ${name} posts at all; raise the limit in the options if that changed.` };
      // The oldest posts must leave the window first, enough that the rest plus this one fit.
      const wait = times[times.length - limit] + window - now;
      const when = wait <= DAY ? 'for tomorrow' : `in ${Math.ceil(wait / DAY)} days`;
      return {
        message: `${head}: space it out, e.g. schedule it ${when}.`,
        suggestion: `One more ${name} post fits your limit in ${duration(wait)}.`,
      };
    };
    const finding = over(day, perDay, '24 hours', DAY) ?? over(week, perWeek, '7 days', 7 * DAY);
    return finding ? [finding] : [];
  },
});

function duration(ms: number): string {
  if (ms < HOUR) return plural(Math.max(1, Math.ceil(ms / 60_000)), 'minute');
  if (ms < 2 * DAY) return plural(Math.ceil(ms / HOUR), 'hour');
  return plural(Math.ceil(ms / DAY), 'day');
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
