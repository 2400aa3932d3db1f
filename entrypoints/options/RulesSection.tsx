/** Every rule, in the order they run, each as a card. */
import { RULES } from '../../src/lint/registry';
import { RuleCard } from './RuleCard';

export function RulesSection() {
  return (
    <section id="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <p className="muted">
        Each of the {RULES.length} rules can be turned off, made milder or stricter, and tuned. Changes apply at once in open tabs.
      </p>
      <div className="rule-list">
        {RULES.map((rule) => (
          <RuleCard key={rule.id} rule={rule} />
        ))}
      </div>
    </section>
  );
}
