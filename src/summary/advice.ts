/** A few plain sentences drawn from a week's numbers, the most useful first. */
import { PLATFORMS, type Platform } from '../lint/index';
import type { WeekSummary } from './types';

const SITE: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
const MOST_LINES = 6;

/** "1 in 5" for a share whose inverse is whole, else "30%". */
export function shareInWords(share: number): string {
  if (share === 0) return 'none';
  const inverse = 1 / share;
  return Math.abs(inverse - Math.round(inverse)) < 0.01 ? `1 in ${Math.round(inverse)}` : `${Math.round(share * 100)}%`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** The advice lines of a summary (everything but `advice` filled in). */
export function adviceFor(s: Omit<WeekSummary, 'advice'>): string[] {
  const lines: string[] = [];
  if (s.empty) {
    lines.push(
      s.previous.postsTotal > 0
        ? `You published nothing this week (${plural(s.previous.postsTotal, 'item')} the week before). A short post or a reply keeps you in people's feeds.`
        : "You published nothing this week. A short post or a reply keeps you in people's feeds.",
    );
    return lines;
  }
  const active = PLATFORMS.filter((p) => s.posts.byPlatform[p] > 0);
  const where = (p: Platform) => (active.length > 1 ? `On ${SITE[p]}, ` : '');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  for (const p of PLATFORMS) {
    const g = s.byPlatform[p];
    if (g.promoShare !== null && g.promoShare > g.maxPromoShare) {
      lines.push(capital(`${where(p)}${g.promotions} of your ${plural(g.posts, 'post')} were promotions; the goal is at most ${shareInWords(g.maxPromoShare)}. Share a tip, a story or a question between offers.`));
    }
  }
  if (s.repeatedPromotions.length > 0) {
    lines.push(`You repeated a promotion ${times(s.repeatedPromotions.length)} this week: say what changed, or point to the first post.`);
  }
  if (s.daysPosted <= Math.max(1, Math.floor(s.daysCounted / 2))) {
    lines.push(`You posted on ${s.daysPosted} of ${s.daysCounted} days; the longest silence was ${plural(s.longestSilenceDays, 'day')}. A little on most days keeps you in people's feeds better than a burst.`);
  } else {
    lines.push(`You posted on ${s.daysPosted} of ${s.daysCounted} days: a steady rhythm.`);
  }
  const answers = s.posts.byKind.reply + s.posts.byKind.comment;
  lines.push(
    answers === 0
      ? 'You did not answer anyone this week: replying to comments and commenting on others starts conversations.'
      : `You answered people ${times(answers)} (${answers} of your ${s.posts.total} items ${answers === 1 ? 'was a reply or comment' : 'were replies or comments'}).`,
  );
  for (const p of PLATFORMS) {
    const g = s.byPlatform[p];
    if (g.postsGoal !== null && g.posts < g.postsGoal) lines.push(`${SITE[p]}: ${plural(g.posts, 'post')} of the ${g.postsGoal} you aim for each week.`);
    if (g.timeBudgetMinutes !== null && g.composingMinutes > g.timeBudgetMinutes) {
      lines.push(`${SITE[p]}: ${Math.round(g.composingMinutes)} minutes writing, over your budget of ${g.timeBudgetMinutes}. Social media is cheap, not free.`);
    }
  }
  if (s.warnings.itemsWarned > 0) {
    lines.push(`PostLint warned on ${plural(s.warnings.itemsWarned, 'item')}; you changed ${s.warnings.itemsHeeded} of them before publishing.`);
  }
  return lines.slice(0, MOST_LINES);
}
