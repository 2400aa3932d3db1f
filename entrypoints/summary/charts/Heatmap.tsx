/** When posts go out: day × local hour, darker for more; average engagement where archives carry counts. */
import { dayLabel, type WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural } from './platforms';

const CELL = 14;
const LEFT = 40;
const TOP = 18;
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function Heatmap({ summary }: { summary: WeekSummary }) {
  const days = summary.perDay.map((d) => dayLabel(d.date));
  const busy = summary.heatmap.filter((c) => c.count > 0);
  const max = Math.max(1, ...busy.map((c) => c.count));
  const peak = busy.reduce<(typeof busy)[number] | null>((a, c) => (!a || c.count > a.count ? c : a), null);
  const withEngagement = busy.filter((c) => c.averageEngagement !== null);
  const best = withEngagement.reduce<(typeof busy)[number] | null>((a, c) => (!a || c.averageEngagement! > a.averageEngagement! ? c : a), null);
  const description =
    (peak ? `Busiest: ${days[peak.day]} at ${hourLabel(peak.hour)} (${plural(peak.count, 'item')}), ${summary.timeZone} time.` : 'Nothing published.') +
    (best ? ` Most engagement: ${days[best.day]} at ${hourLabel(best.hour)} (${Math.round(best.averageEngagement!)} on average).` : '');
  const width = LEFT + 24 * CELL;
  return (
    <Figure
      id="heatmap"
      title="When you post"
      description={description}
      table={{
        head: ['Day and hour', 'Items', 'Average engagement'],
        rows: busy.map((c) => [`${days[c.day]} ${hourLabel(c.hour)}`, c.count, c.averageEngagement === null ? '–' : Math.round(c.averageEngagement * 10) / 10]),
      }}
    >
      <svg viewBox={`0 0 ${width} ${TOP + 7 * CELL + 2}`} role="img" aria-label={`Posting times. ${description}`}>
        {[0, 6, 12, 18].map((h) => (
          <text key={h} className="tick" x={LEFT + h * CELL} y={12}>
            {hourLabel(h).slice(0, 2)}h
          </text>
        ))}
        {days.map((label, day) => (
          <text key={label} className="tick" x={0} y={TOP + day * CELL + CELL - 3}>
            {label.slice(0, 3)}
          </text>
        ))}
        {summary.heatmap.map((c) => (
          <rect
            key={`${c.day}-${c.hour}`}
            className={c.count ? 'c-heat' : 'heat-empty'}
            fillOpacity={c.count ? 0.3 + (0.7 * c.count) / max : undefined}
            x={LEFT + c.hour * CELL + 1}
            y={TOP + c.day * CELL + 1}
            width={CELL - 2}
            height={CELL - 2}
            rx="2"
          />
        ))}
      </svg>
    </Figure>
  );
}
