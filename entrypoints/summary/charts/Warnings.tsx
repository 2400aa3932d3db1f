/** Warnings shown on published items, per rule, and how many of those the person acted on. */
import type { WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural } from './platforms';

const W = 300;

export function Warnings({ summary }: { summary: WeekSummary }) {
  const { itemsWarned, itemsHeeded, byRule } = summary.warnings;
  const max = Math.max(1, ...byRule.map((r) => r.shown));
  const description =
    itemsWarned === 0
      ? 'No warnings on what you published this week.'
      : `PostLint warned on ${plural(itemsWarned, 'item')}; you changed ${itemsHeeded} of them before publishing.`;
  return (
    <Figure
      id="warnings"
      title="Warnings shown and heeded"
      description={description}
      table={{ head: ['Rule', 'Items warned', 'Changed before publishing'], rows: byRule.map((r) => [`${r.name} (${r.ruleId})`, r.shown, r.heeded]) }}
    >
      <dl className="meters">
        {byRule.map((r) => (
          <div key={r.ruleId} className="meter-row">
            <dt>{r.name}</dt>
            <dd>
              <svg className="meter" viewBox={`0 0 ${W} 22`} preserveAspectRatio="none" role="img" aria-label={`${r.name}: shown on ${r.shown}, heeded on ${r.heeded}`}>
                <rect className="track" x="0" y="4" width={W} height="14" rx="3" />
                <rect className="c-shown" x="0" y="4" width={(r.shown / max) * W} height="14" rx="3" />
                <rect className="c-heeded" x="0" y="4" width={(r.heeded / max) * W} height="14" rx="3" />
              </svg>
              <span className="meter-note">
                {r.heeded} of {r.shown} heeded
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {byRule.length > 0 && (
        <ul className="legend" aria-hidden="true">
          <li>
            <span className="swatch c-heeded" /> changed before publishing
          </li>
          <li>
            <span className="swatch c-shown" /> published as warned
          </li>
        </ul>
      )}
    </Figure>
  );
}
