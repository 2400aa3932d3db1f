/**
 * What the lint core finds in a week's posts: promotions repeated within the week, and the words
 * flagged most often. Only the week's posts are linted, so a 10,000-post history costs no more
 * than its busiest week.
 */
import { lint, type HistoryPost, type Settings } from '../lint/index';
import type { FlaggedPhrase, RepeatedPromotion, SummaryPost } from './types';

const NO_HISTORY: readonly HistoryPost[] = [];
const MOST_FLAGGED = 8;
const onlyRuleCache = new WeakMap<Settings, Settings>();

/** The settings with every rule off but duplicate-promotion (kept with the person's options). */
function duplicatesOnly(settings: Settings): Settings {
  let only = onlyRuleCache.get(settings);
  if (!only) {
    const rules = Object.fromEntries(Object.entries(settings.rules).map(([id, rule]) => [id, { ...rule, enabled: id === 'duplicate-promotion' }]));
    only = { ...settings, rules };
    onlyRuleCache.set(settings, only);
  }
  return only;
}

/** A week post with its parsed time. */
export interface TimedPost {
  post: SummaryPost;
  at: number;
}

/**
 * Each post of the week that repeats an earlier promotion of the same week, with the one it
 * repeats. The week's posts are the history (one index for all of them); linting each at a
 * millisecond before it went out leaves itself and later posts out.
 */
export function repeatedPromotions(week: readonly TimedPost[], settings: Settings): RepeatedPromotion[] {
  const history: HistoryPost[] = week.map(({ post }) => ({ text: post.text, platform: post.platform, kind: post.kind, publishedAt: post.publishedAt }));
  const only = duplicatesOnly(settings);
  const out: RepeatedPromotion[] = [];
  for (const { post, at } of week) {
    if (post.kind !== 'post') continue;
    const found = lint({ text: post.text, platform: post.platform, kind: 'post' }, { now: at - 1, history }, only);
    const repeat = found.find((d) => d.ruleId === 'duplicate-promotion' && d.severity !== 'info' && d.evidence !== undefined);
    if (!repeat) continue;
    const earlier = [...week].reverse().find((w) => w.at < at && w.post.text === repeat.evidence);
    out.push({
      text: post.text,
      publishedAt: post.publishedAt,
      platform: post.platform,
      earlierText: repeat.evidence!,
      earlierPublishedAt: earlier?.post.publishedAt ?? null,
    });
  }
  return out;
}

/** The flagged words of the week's items, case and spacing folded, most frequent first. */
export function flaggedPhrases(week: readonly TimedPost[], settings: Settings): FlaggedPhrase[] {
  const counts = new Map<string, FlaggedPhrase>();
  for (const { post } of week) {
    const found = lint({ text: post.text, platform: post.platform, kind: post.kind }, { now: 0, history: NO_HISTORY }, settings);
    // One count per phrase per post: "free" three times in one post is one flagged post.
    const seen = new Set<string>();
    for (const d of found) {
      for (const span of d.spans) {
        const phrase = post.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
        const key = phrase.toLocaleLowerCase();
        if (!key || key.length > 80) continue;
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { phrase, count: 0, ruleIds: [] }));
        if (!seen.has(key)) {
          entry.count++;
          seen.add(key);
        }
        if (!entry.ruleIds.includes(d.ruleId)) entry.ruleIds.push(d.ruleId);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)).slice(0, MOST_FLAGGED);
}
