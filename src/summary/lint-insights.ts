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
/** Flagged words per item text, per settings: stepping between weeks re-lints nothing twice. */
const spansCache = new WeakMap<Settings, Map<string, { phrase: string; ruleId: string }[]>>();
const SPANS_CACHE_SIZE = 20_000;

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
 * Each promotion of the week that repeats an earlier promotion of the same week, with the one it
 * repeats. `promotions` are the week's promotional posts, oldest first: they are the history (one
 * index for all of them), and linting each at a millisecond before it went out leaves itself and
 * later ones out. Only promotions are linted: a tip posted twice is not a repeated promotion.
 */
export function repeatedPromotions(promotions: readonly TimedPost[], settings: Settings): RepeatedPromotion[] {
  const week = promotions;
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
  let cache = spansCache.get(settings);
  if (!cache) spansCache.set(settings, (cache = new Map()));
  for (const { post } of week) {
    const key = `${post.platform}\u0000${post.kind}\u0000${post.text}`;
    let flagged = cache.get(key);
    if (!flagged) {
      const found = lint({ text: post.text, platform: post.platform, kind: post.kind }, { now: 0, history: NO_HISTORY }, settings);
      flagged = found.flatMap((d) => d.spans.map((span) => ({ phrase: post.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), ruleId: d.ruleId })));
      if (cache.size > SPANS_CACHE_SIZE) cache.clear();
      cache.set(key, flagged);
    }
    // One count per phrase per post: "free" three times in one post is one flagged post.
    const seen = new Set<string>();
    for (const { phrase, ruleId } of flagged) {
      const folded = phrase.toLocaleLowerCase();
      if (!folded || folded.length > 80) continue;
      let entry = counts.get(folded);
      if (!entry) counts.set(folded, (entry = { phrase, count: 0, ruleIds: [] }));
      if (!seen.has(folded)) {
        entry.count++;
        seen.add(folded);
      }
      if (!entry.ruleIds.includes(ruleId)) entry.ruleIds.push(ruleId);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)).slice(0, MOST_FLAGGED);
}
