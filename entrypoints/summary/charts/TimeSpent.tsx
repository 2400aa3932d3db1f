/** Time spent writing per platform, against the weekly budget where one is set. */
import { PLATFORMS } from '../../../src/lint/index';
import type { WeekSummary } from '../../../src/summary/index';
import { Figure, MeterBar } from './Figure';
import { SITE_NAMES } from './platforms';

const minutes = (m: number) => `${Math.round(m)} min`;

export function TimeSpent({ summary }: { summary: WeekSummary }) {
  const rows = PLATFORMS.map((p) => ({ p, ...summary.byPlatform[p] })).filter((r) => r.timedItems > 0 || r.timeBudgetMinutes !== null);
  const description =
    rows.length === 0
      ? 'No writing time recorded this week: PostLint times the posts you write with it (imported posts carry none).'
      : `${minutes(summary.composingMinutes)} writing in all; ` +
        (rows.some((r) => r.timeBudgetMinutes !== null) ? 'the line marks your weekly budget.' : 'set a weekly budget in the options to compare.');
  return (
    <Figure
      id="time"
      title="Time spent writing"
      description={description}
      table={{ head: ['Platform', 'Minutes', 'Budget'], rows: rows.map((r) => [SITE_NAMES[r.p], Math.round(r.composingMinutes), r.timeBudgetMinutes ?? 'none']) }}
    >
      <dl className="meters">
        {rows.map((r) => {
          const max = Math.max(r.composingMinutes, r.timeBudgetMinutes ?? 0, 1) * 1.1;
          return (
            <div key={r.p} className="meter-row">
              <dt>{SITE_NAMES[r.p]}</dt>
              <dd>
                <MeterBar
                  label={`${SITE_NAMES[r.p]}: ${minutes(r.composingMinutes)}${r.timeBudgetMinutes === null ? '' : ` of a ${r.timeBudgetMinutes}-minute budget`}`}
                  value={r.composingMinutes}
                  max={max}
                  goal={r.timeBudgetMinutes}
                  tone="c-time"
                />
                <span className="meter-note">
                  {minutes(r.composingMinutes)}
                  {r.timeBudgetMinutes === null ? '' : ` of ${r.timeBudgetMinutes}`}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </Figure>
  );
}
