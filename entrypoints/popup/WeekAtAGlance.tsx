/** This week at a glance: items per platform, promotional share against the goal, days posted. */
import { useEffect, useMemo, useState } from 'react';
import { followHistory, readHistoryRange, type HistoryView } from '../../src/history/store/read';
import { PLATFORMS, type Platform, type Settings } from '../../src/lint/index';
import { dayBoundaries, percentLabel, previousWeekStart, resolveTimeZone, shareInWords, summarizeWeek, weekStartFor } from '../../src/summary/index';

const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export function WeekAtAGlance({ settings, now = Date.now }: { settings: Settings; now?: () => number }) {
  const timeZone = resolveTimeZone(settings.week.timeZone);
  const weekStart = weekStartFor(now(), settings.week.firstDay, timeZone);
  const [view, setView] = useState<HistoryView | null>(null);
  useEffect(() => {
    // This week and the one before (the trend): only the months holding them are read.
    const from = dayBoundaries(previousWeekStart(weekStart), timeZone)[0];
    const to = dayBoundaries(weekStart, timeZone)[7];
    return followHistory(() => readHistoryRange(from, to), setView);
  }, [weekStart, timeZone]);
  const summary = useMemo(() => (view ? summarizeWeek(view.records, settings, weekStart, timeZone, { now: now() }) : null), [view, settings, weekStart, timeZone, now]);
  if (!summary) return null;

  const goals = PLATFORMS.map((p) => summary.byPlatform[p]).filter((g) => g.posts > 0);
  // One goal when all platforms share it (the default), else the strictest, said as such.
  const goal = Math.min(...PLATFORMS.map((p) => summary.byPlatform[p].maxPromoShare));
  const over = goals.some((g) => g.promoShare !== null && g.promoShare > g.maxPromoShare);
  return (
    <section className="glance" aria-labelledby="glance-title">
      <h2 id="glance-title">This week at a glance</h2>
      {summary.empty ? (
        <p className="muted">Nothing published yet this week.</p>
      ) : (
        <dl>
          <div>
            <dt>Published</dt>
            <dd>
              {PLATFORMS.filter((p) => summary.posts.byPlatform[p] > 0)
                .map((p) => `${SITE_NAMES[p]} ${summary.posts.byPlatform[p]}`)
                .join(' · ')}
            </dd>
          </div>
          <div>
            <dt>Promotions</dt>
            <dd className={over ? 'over' : undefined}>
              {summary.promotions} of {summary.posts.byKind.post} posts ({percentLabel(summary.promoShare)}); goal at most {shareInWords(goal)}
            </dd>
          </div>
          <div>
            <dt>Days posted</dt>
            <dd>
              {summary.daysPosted} of {summary.daysCounted}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
