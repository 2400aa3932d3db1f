/** The words PostLint flagged most often in the week's items. */
import { RULES } from '../../../src/lint/index';
import type { WeekSummary } from '../../../src/summary/index';
import { Figure } from './Figure';
import { plural } from './platforms';

const W = 300;
const ROW = 26;
const nameOf = (id: string) => RULES.find((r) => r.id === id)?.name ?? id;

export function FlaggedPhrases({ summary }: { summary: WeekSummary }) {
  const phrases = summary.flaggedPhrases;
  const max = Math.max(1, ...phrases.map((f) => f.count));
  const top = phrases[0];
  const description = top ? `"${top.phrase}" was flagged in ${plural(top.count, 'item')}, more than anything else.` : 'Nothing you published this week had flagged words.';
  return (
    <Figure
      id="phrases"
      title="Words flagged most"
      description={description}
      table={{ head: ['Words', 'Items', 'Rules'], rows: phrases.map((f) => [`"${f.phrase}"`, f.count, f.ruleIds.map(nameOf).join(', ')]) }}
    >
      <ol className="phrase-bars">
        {phrases.map((f) => (
          <li key={f.phrase}>
            <q>{f.phrase}</q>
            <svg viewBox={`0 0 ${W} ${ROW - 8}`} preserveAspectRatio="none" role="img" aria-label={`${f.phrase}: ${plural(f.count, 'item')}`}>
              <rect className="c-flag" x="0" y="2" width={(f.count / max) * W} height={ROW - 12} rx="3" />
            </svg>
            <span className="meter-note">×{f.count}</span>
          </li>
        ))}
      </ol>
    </Figure>
  );
}
