/** The plain-text report of `postlint summary`: the figures in a few lines, then the advice. */
import { PLATFORMS, type Platform } from '../../lint/types';
import { terminalSafe } from './terminal-safe';
import { dayLabel, localDateAndHour, percentLabel, shareInWords, weekLabel, type WeekSummary } from '../../summary/index';

const SITE: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
const QUOTE = 60;

// Posts and phrases come from drafts: their control characters are shown, never sent to the terminal.
const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${terminalSafe(flat.length > QUOTE ? `${flat.slice(0, QUOTE - 1)}…` : flat)}"`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const row = (label: string, value: string) => `  ${label.padEnd(14)}${value}\n`;

/** Renders a summary as text. */
export function formatSummaryText(s: WeekSummary): string {
  let out = `PostLint summary: ${weekLabel(s.weekStart)} (${s.timeZone})\n\n`;
  if (s.empty) {
    out += '  Nothing published this week.\n';
  } else {
    const sites = PLATFORMS.filter((p) => s.posts.byPlatform[p] > 0).map((p) => `${SITE[p]} ${s.posts.byPlatform[p]}`);
    out += row('Published', `${s.posts.total} (${sites.join(', ')}): ${plural(s.posts.byKind.post, 'post')}, ${plural(s.posts.byKind.reply, 'reply', 'replies')}, ${plural(s.posts.byKind.comment, 'comment')}`);
    out += row('Days posted', `${s.daysPosted} of ${s.daysCounted}, longest silence ${plural(s.longestSilenceDays, 'day')}`);
    for (const p of PLATFORMS) {
      const g = s.byPlatform[p];
      if (g.posts === 0) continue;
      const goal = g.postsGoal === null ? '' : ` (goal ${g.postsGoal} posts)`;
      out += row(`${SITE[p]}`, `${plural(g.posts, 'post')}${goal}, ${g.promotions} promotional (${percentLabel(g.promoShare)}; goal at most ${shareInWords(g.maxPromoShare)})`);
    }
    out += row('Conversation', `${percentLabel(s.conversationShare)} of items were replies or comments`);
    if (s.composingMinutes > 0) {
      const budgets = PLATFORMS.filter((p) => s.byPlatform[p].timedItems > 0).map((p) => {
        const g = s.byPlatform[p];
        return `${SITE[p]} ${Math.round(g.composingMinutes)} min${g.timeBudgetMinutes === null ? '' : ` of ${g.timeBudgetMinutes}`}`;
      });
      out += row('Writing time', budgets.join(', '));
    }
    out += row('Warnings', `${plural(s.warnings.itemsWarned, 'item')} warned, ${s.warnings.itemsHeeded} changed before publishing`);
    if (s.repeatedPromotions.length) {
      out += '\n  Repeated promotions\n';
      for (const r of s.repeatedPromotions) {
        const day = (iso: string) => dayLabel(localDateAndHour(Date.parse(iso), s.timeZone).date);
        const when = r.earlierPublishedAt ? ` (${day(r.earlierPublishedAt)})` : '';
        out += `    ${quote(r.text)} (${day(r.publishedAt)})\n      repeats ${quote(r.earlierText)}${when}\n`;
      }
    }
    if (s.flaggedPhrases.length) {
      out += '\n  Flagged most\n';
      for (const f of s.flaggedPhrases) out += `    ${quote(f.phrase)} ×${f.count} (${f.ruleIds.join(', ')})\n`;
    }
  }
  out += `\n  Week before: ${plural(s.previous.postsTotal, 'item')} on ${plural(s.previous.daysPosted, 'day')}\n`;
  if (s.advice.length) out += `\nAdvice\n${s.advice.map((line) => `  - ${terminalSafe(line)}\n`).join('')}`;
  return out;
}
