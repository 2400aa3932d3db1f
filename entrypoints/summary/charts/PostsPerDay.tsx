/** Posts per day, stacked by platform. */
import { PLATFORMS } from '../../../src/lint/index';
import { dayLabel, type WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural, SITE_NAMES } from './platforms';

const W = 364;
const H = 190;
const BASE = 160;
const COLUMN = W / 7;

export function PostsPerDay({ summary }: { summary: WeekSummary }) {
  const max = Math.max(1, ...summary.perDay.map((d) => d.total));
  const unit = (BASE - 24) / max;
  const days = summary.perDay.map((d) => ({ ...d, label: dayLabel(d.date) }));
  const busiest = days.reduce((a, b) => (b.total > a.total ? b : a));
  const description = `${plural(summary.posts.total, 'item')} over the week, most on ${busiest.label} (${busiest.total}).`;
  const active = PLATFORMS.filter((p) => summary.posts.byPlatform[p] > 0);
  return (
    <Figure
      id="per-day"
      title="Posts per day"
      description={description}
      table={{ head: ['Day', ...active.map((p) => SITE_NAMES[p]), 'All'], rows: days.map((d) => [d.label, ...active.map((p) => d.byPlatform[p]), d.total]) }}
    >
      <ul className="legend" aria-hidden="true">
        {active.map((p) => (
          <li key={p}>
            <span className={`swatch c-${p}`} /> {SITE_NAMES[p]}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Posts per day: ${days.map((d) => `${d.label} ${d.total}`).join(', ')}`}>
        <line className="axis" x1="0" x2={W} y1={BASE + 0.5} y2={BASE + 0.5} />
        {days.map((d, i) => {
          let y = BASE;
          const x = i * COLUMN + COLUMN * 0.2;
          return (
            <g key={d.date}>
              {PLATFORMS.map((p) => {
                const h = d.byPlatform[p] * unit;
                y -= h;
                return h > 0 ? <rect key={p} className={`c-${p}`} x={x} y={y} width={COLUMN * 0.6} height={h} /> : null;
              })}
              <text className="value" x={i * COLUMN + COLUMN / 2} y={y - 5} textAnchor="middle">
                {d.total || ''}
              </text>
              <text className="tick" x={i * COLUMN + COLUMN / 2} y={BASE + 20} textAnchor="middle">
                {d.label.slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}
