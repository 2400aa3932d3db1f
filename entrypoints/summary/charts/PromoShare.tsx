/** Promotional share of each platform's posts, against the person's goal. */
import { PLATFORMS } from '../../../src/lint/index';
import { percentLabel, shareInWords, type WeekSummary } from '../../../src/summary/index';
import { Figure, MeterBar } from './Figure';
import { SITE_NAMES } from './platforms';

export function PromoShare({ summary }: { summary: WeekSummary }) {
  const rows = PLATFORMS.filter((p) => summary.byPlatform[p].posts > 0).map((p) => ({ p, ...summary.byPlatform[p] }));
  const over = rows.filter((r) => r.promoShare !== null && r.promoShare > r.maxPromoShare);
  const description =
    rows.length === 0
      ? 'No posts this week, only replies or comments: nothing to count.'
      : `${summary.promotions} of ${summary.posts.byKind.post} posts were promotions (${percentLabel(summary.promoShare)}); ` +
        (over.length ? `over the goal on ${over.map((r) => SITE_NAMES[r.p]).join(' and ')}.` : 'within your goals.');
  return (
    <Figure
      id="promo-share"
      title="Promotions against your goal"
      description={description}
      table={{ head: ['Platform', 'Posts', 'Promotions', 'Share', 'Goal (at most)'], rows: rows.map((r) => [SITE_NAMES[r.p], r.posts, r.promotions, percentLabel(r.promoShare), percentLabel(r.maxPromoShare)]) }}
    >
      <dl className="meters">
        {rows.map((r) => (
          <div key={r.p} className="meter-row">
            <dt>{SITE_NAMES[r.p]}</dt>
            <dd>
              <MeterBar
                label={`${SITE_NAMES[r.p]}: ${percentLabel(r.promoShare)} promotions, goal at most ${percentLabel(r.maxPromoShare)}`}
                value={r.promoShare ?? 0}
                max={1}
                goal={r.maxPromoShare}
                tone="c-promo"
              />
              <span className="meter-note">
                {r.promotions} of {r.posts} · goal {shareInWords(r.maxPromoShare)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </Figure>
  );
}
