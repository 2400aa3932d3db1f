/** Promotions posted again within the week, each quoted beside the one it repeats. */
import { dayLabel, localDateAndHour, type WeekSummary } from '../../../src/summary/index';
import { SITE_NAMES } from './platforms';

export function RepeatedPromotions({ summary }: { summary: WeekSummary }) {
  const day = (iso: string) => dayLabel(localDateAndHour(Date.parse(iso), summary.timeZone).date);
  const repeats = summary.repeatedPromotions;
  return (
    <section className="card chart" aria-labelledby="repeats-title" data-chart="repeats">
      <h2 id="repeats-title">Repeated promotions</h2>
      {repeats.length === 0 ? (
        <p>No promotion was repeated this week.</p>
      ) : (
        <ol className="repeats">
          {repeats.map((r) => (
            <li key={`${r.publishedAt}-${r.text}`}>
              <p className="repeat-meta">
                {day(r.publishedAt)} on {SITE_NAMES[r.platform]}
              </p>
              <blockquote>{r.text}</blockquote>
              <p className="repeat-meta">repeats {r.earlierPublishedAt ? day(r.earlierPublishedAt) : 'an earlier post'}</p>
              <blockquote className="earlier">{r.earlierText}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
