/** The weekly summary page: advice first, then one figure per question, earlier weeks a click away. */
import { useEffect, useMemo, useState } from 'react';
import { dayBoundaries, isCalendarDate, previousWeekStart, resolveTimeZone, startOfLocalDay, summarizeWeek, weekStartFor, type WeekSummary } from '../../src/summary/index';
import { Charts } from './Charts';
import { EmptyState } from './EmptyState';
import { useHistoryRange, useSummarySettings } from './use-summary-data';
import { WeekNav } from './WeekNav';

/** The week asked for in the address (`?week=YYYY-MM-DD`, any day of it), so a week can be bookmarked. */
function weekFromAddress(): string | null {
  const week = new URLSearchParams(location.search).get('week');
  return week && isCalendarDate(week) ? week : null;
}

export function SummaryPage({ now = Date.now }: { now?: () => number }) {
  const settings = useSummarySettings();
  const [asked, setAsked] = useState<string | null>(weekFromAddress);
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

  // The week and the one before it (for the trend): exactly the records summarizeWeek looks at.
  const range = settings ? { from: dayBoundaries(previousWeekStart(weekStart), timeZone)[0], to: dayBoundaries(weekStart, timeZone)[7] } : null;
  const view = useHistoryRange(range);

  const summary = useMemo(() => {
    if (!settings || !view) return null;
    return { total: view.total, week: summarizeWeek(view.records, settings, weekStart, timeZone, { now: now() }) };
  }, [settings, view, weekStart, timeZone, now]);

  if (!settings) return <main className="page" aria-busy="true" />;
  return (
    <main className="page" aria-busy={summary ? undefined : true}>
      <header className="page-head">
        <h1>Your week on social media</h1>
        <WeekNav weekStart={weekStart} isCurrent={weekStart === current} timeZone={timeZone} onChange={setAsked} />
      </header>
      {/* The week's months are read after a step to another week: the heading moves at once, the figures follow. */}
      {summary ? <WeekBody total={summary.total} week={summary.week} /> : null}
    </main>
  );
}

function WeekBody({ total, week }: { total: number; week: WeekSummary }) {
  return (
    <>
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
    </>
  );
}
