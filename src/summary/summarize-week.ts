/**
 * The weekly summary: pure, from the stored history, the settings and a week. Weeks are seven
 * local days in the person's time zone, each from local midnight to local midnight, so a week
 * across a daylight-saving change is 167 or 169 hours long.
 */
import { isPromotional, PLATFORMS, promotionOfText, ruleById, type Platform, type Settings } from '../lint/index';
import { adviceFor } from './advice';
import { heatmapOf } from './heatmap';
import { flaggedPhrases, repeatedPromotions, type TimedPost } from './lint-insights';
import type { PerPlatform, PlatformGoals, RuleWarnings, SummaryPost, WeekSummary } from './types';
import { addDays, dayBoundaries, previousWeekStart } from './week';

const perPlatform = <T>(make: (p: Platform) => T): PerPlatform<T> => ({ x: make('x'), facebook: make('facebook'), linkedin: make('linkedin') });
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Options beyond the week itself. */
export interface SummaryOptions {
  /** The current time: days of the week still to come are left out of consistency. */
  now?: number;
}

/** The posts published in [from, to), oldest first, with their parsed times. */
function postsWithin(history: readonly SummaryPost[], from: number, to: number): TimedPost[] {
  const out: TimedPost[] = [];
  for (const post of history) {
    const at = Date.parse(post.publishedAt);
    if (at >= from && at < to) out.push({ post, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The day (0–6) of the week an instant falls on, given the week's day boundaries. */
function dayIndex(at: number, bounds: readonly number[]): number {
  let day = 0;
  while (day < 6 && at >= bounds[day + 1]) day++;
  return day;
}

/**
 * Summarises the week that starts on `weekStart` (`YYYY-MM-DD`, local) in `timeZone`.
 * Consistency (days posted, longest silence) looks at the week alone, not at the days before it,
 * so each week's figure stands on its own; with `options.now` inside the week, only the days up to
 * today count.
 */
export function summarizeWeek(history: readonly SummaryPost[], settings: Settings, weekStart: string, timeZone: string, options: SummaryOptions = {}): WeekSummary {
  const bounds = dayBoundaries(weekStart, timeZone);
  const week = postsWithin(history, bounds[0], bounds[7]);

  const perDay = bounds.slice(0, 7).map((_, i) => ({ date: addDays(weekStart, i), byPlatform: perPlatform(() => 0), total: 0 }));
  const byKind = { post: 0, reply: 0, comment: 0 };
  const goals = perPlatform<PlatformGoals>((p) => ({
    posts: 0,
    postsGoal: settings.goals[p].postsPerWeek,
    promotions: 0,
    promoShare: null,
    maxPromoShare: settings.goals[p].maxPromoShare,
    composingMinutes: 0,
    timedItems: 0,
    timeBudgetMinutes: settings.goals[p].timeBudgetMinutes,
  }));
  const ruleWarnings = new Map<string, RuleWarnings>();
  let itemsWarned = 0;
  let itemsHeeded = 0;
  let shown = 0;
  const promotionsOfWeek: TimedPost[] = [];

  for (const timed of week) {
    const { post, at } = timed;
    const day = perDay[dayIndex(at, bounds)];
    day.byPlatform[post.platform]++;
    day.total++;
    byKind[post.kind]++;
    const g = goals[post.platform];
    if (post.kind === 'post') {
      g.posts++;
      if (isPromotional(promotionOfText(post.text, settings))) {
        g.promotions++;
        promotionsOfWeek.push(timed);
      }
    }
    if (post.composingMs !== undefined) {
      g.composingMinutes += post.composingMs / 60_000;
      g.timedItems++;
    }
    const warned = new Set((post.diagnostics ?? []).filter((d) => d.severity !== 'info').map((d) => d.ruleId));
    shown += (post.diagnostics ?? []).filter((d) => d.severity !== 'info').length;
    if (warned.size === 0) continue;
    itemsWarned++;
    if (post.heeded) itemsHeeded++;
    for (const ruleId of warned) {
      let entry = ruleWarnings.get(ruleId);
      if (!entry) ruleWarnings.set(ruleId, (entry = { ruleId, name: ruleById(ruleId)?.name ?? ruleId, shown: 0, heeded: 0 }));
      entry.shown++;
      if (post.heeded) entry.heeded++;
    }
  }
  for (const p of PLATFORMS) goals[p].promoShare = share(goals[p].promotions, goals[p].posts);

  const now = options.now;
  const daysCounted = now === undefined || now >= bounds[7] ? 7 : now < bounds[0] ? 0 : dayIndex(now, bounds) + 1;
  const counted = perDay.slice(0, daysCounted);
  let longestSilenceDays = 0;
  let run = 0;
  for (const d of counted) {
    run = d.total === 0 ? run + 1 : 0;
    longestSilenceDays = Math.max(longestSilenceDays, run);
  }

  const total = week.length;
  const promotions = PLATFORMS.reduce((n, p) => n + goals[p].promotions, 0);
  const summary: Omit<WeekSummary, 'advice'> = {
    weekStart,
    weekEnd: addDays(weekStart, 6),
    timeZone,
    hours: Math.round((bounds[7] - bounds[0]) / 3_600_000),
    empty: total === 0,
    posts: { total, byPlatform: perPlatform((p) => perDay.reduce((n, d) => n + d.byPlatform[p], 0)), byKind },
    perDay,
    daysPosted: perDay.filter((d) => d.total > 0).length,
    daysCounted,
    longestSilenceDays,
    conversationShare: share(byKind.reply + byKind.comment, total),
    promotions,
    promoShare: share(promotions, byKind.post),
    byPlatform: goals,
    composingMinutes: PLATFORMS.reduce((n, p) => n + goals[p].composingMinutes, 0),
    warnings: { itemsWarned, itemsHeeded, shown, byRule: [...ruleWarnings.values()].sort((a, b) => b.shown - a.shown || a.ruleId.localeCompare(b.ruleId)) },
    repeatedPromotions: repeatedPromotions(promotionsOfWeek, settings),
    flaggedPhrases: flaggedPhrases(week, settings),
    heatmap: heatmapOf(week, bounds, timeZone),
    previous: previousTotals(history, settings, weekStart, timeZone),
  };
  return { ...summary, advice: adviceFor(summary) };
}

/** The week before's totals: counting only, no linting. */
function previousTotals(history: readonly SummaryPost[], settings: Settings, weekStart: string, timeZone: string): WeekSummary['previous'] {
  const start = previousWeekStart(weekStart);
  const bounds = dayBoundaries(start, timeZone);
  const week = postsWithin(history, bounds[0], bounds[7]);
  const days = new Set(week.map(({ at }) => dayIndex(at, bounds)));
  const posts = week.filter(({ post }) => post.kind === 'post');
  const promotions = posts.filter(({ post }) => isPromotional(promotionOfText(post.text, settings))).length;
  return { weekStart: start, postsTotal: week.length, daysPosted: days.size, promoShare: share(promotions, posts.length) };
}
