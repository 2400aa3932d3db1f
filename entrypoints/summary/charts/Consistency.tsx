/** Consistency: which days had anything, and the longest silence; the week before for comparison. */
import { dayLabel, type WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural } from './platforms';

const CELL = 48;

export function Consistency({ summary }: { summary: WeekSummary }) {
  const { daysPosted, daysCounted, longestSilenceDays, previous } = summary;
  const description =
    `Posted on ${daysPosted} of ${daysCounted} days; longest silence ${plural(longestSilenceDays, 'day')}. ` +
    `The week before: ${plural(previous.daysPosted, 'day')}.`;
  return (
    <Figure
      id="consistency"
      title="Consistency"
      description={description}
      table={{ head: ['Day', 'Items'], rows: summary.perDay.map((d) => [dayLabel(d.date), d.total]) }}
    >
      <p className="big-figure">
        <strong>{daysPosted}</strong> of {daysCounted} days
      </p>
      <svg viewBox={`0 0 ${CELL * 7} ${CELL}`} role="img" aria-label={`Days with posts: ${summary.perDay.map((d) => `${dayLabel(d.date)} ${d.total ? 'yes' : 'no'}`).join(', ')}`}>
        {summary.perDay.map((d, i) => {
          const upcoming = i >= daysCounted;
          return (
            <g key={d.date}>
              <rect className={d.total ? 'day-on' : upcoming ? 'day-later' : 'day-off'} x={i * CELL + 4} y="4" width={CELL - 8} height={CELL - 20} rx="6" />
              <text className="tick" x={i * CELL + CELL / 2} y={CELL - 2} textAnchor="middle">
                {dayLabel(d.date).slice(0, 2)}
              </text>
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}
