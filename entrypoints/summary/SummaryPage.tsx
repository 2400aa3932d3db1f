/** The weekly summary page: advice first, then one figure per question, earlier weeks a click away. */
import { useEffect, useMemo, useState } from 'react';
import { dayBoundaries, isCalendarDate, previousWeekStart, recordsInRange, resolveTimeZone, startOfLocalDay, summarizeWeek, weekStartFor } from '../../src/summary/index';
import { Charts } from './Charts';
import { EmptyState } from './EmptyState';
import { useSummaryData } from './use-summary-data';
import { WeekNav } from './WeekNav';

/** The week asked for in the address (`?week=YYYY-MM-DD`, any day of it), so a week can be bookmarked. */
function weekFromAddress(): string | null {
  const week = new URLSearchParams(location.search).get('week');
  return week && isCalendarDate(week) ? week : null;
}

export function SummaryPage({ now = Date.now }: { now?: () => number }) {
  const data = useSummaryData();
  const [asked, setAsked] = useState<string | null>(weekFromAddress);
  const settings = data?.settings;
  const timeZone = resolveTimeZone(settings?.week.timeZone);
  const firstDay = settings?.week.firstDay ?? 1;
  const current = weekStartFor(now(), firstDay, timeZone);
  // A week from the address, or one chosen before the first day changed, snaps to its week.
  const snapped = asked ? weekStartFor(startOfLocalDay(asked, timeZone), firstDay, timeZone) : current;
  const weekStart = snapped > current ? current : snapped;

  useEffect(() => {
    const url = new URL(location.href);
    if (weekStart === current) url.searchParams.delete('week');
    else url.searchParams.set('week', weekStart);
    history.replaceState(null, '', url);
  }, [weekStart, current]);

  const summary = useMemo(() => {
    if (!data) return null;
    // The week and the one before it (for the trend): exactly the records summarizeWeek looks at.
    const from = dayBoundaries(previousWeekStart(weekStart), timeZone)[0];
    const to = dayBoundaries(weekStart, timeZone)[7];
    const { records, total } = recordsInRange(data.raw, from, to);
    return { total, week: summarizeWeek(records, data.settings, weekStart, timeZone, { now: now() }) };
  }, [data, weekStart, timeZone, now]);

  if (!data || !summary) return <main className="page" aria-busy="true" />;
  const { total, week } = summary;
  return (
    <main className="page">
      <header className="page-head">
        <h1>Your week on social media</h1>
        <WeekNav weekStart={weekStart} isCurrent={weekStart === current} timeZone={timeZone} onChange={setAsked} />
      </header>
      {total === 0 ? (
        <EmptyState kind="no-history" />
      ) : (
        <>
          <section className="advice" aria-labelledby="advice-title">
            <h2 id="advice-title">In short</h2>
            <ul>
              {week.advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          {week.empty ? <EmptyState kind="empty-week" /> : <Charts summary={week} />}
        </>
      )}
    </main>
  );
}
