/** One rule: on/off switch, severity, why it matters, and its options as a generated form. */
import { useId } from 'react';
import type { Rule } from '../../src/lint/rule';
import type { Severity } from '../../src/lint/types';
import { SettingFields } from './SettingFields';
import { Switch } from './Switch';
import { setAt, useSettingsApi } from './settings-context';

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'info', label: 'Hint (info)' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Error' },
];

export function RuleCard({ rule }: { rule: Rule }) {
  const { settings, save } = useSettingsApi();
  const { enabled, severity } = settings.rules[rule.id];
  const id = useId();
  return (
    <article id={`rule-${rule.id}`} className="card rule-card" data-enabled={enabled} aria-labelledby={`${id}-name`} tabIndex={-1}>
      <header className="rule-head">
        <div>
          <h3 id={`${id}-name`}>
            {rule.name} <code>{rule.id}</code>
          </h3>
          <p className="muted">{rule.description}</p>
        </div>
        <Switch name={`${rule.name} (${rule.id})`} checked={enabled} onChange={(on) => void save((raw) => setAt(raw, ['rules', rule.id, 'enabled'], on))} />
      </header>
      <details>
        <summary>Why it matters</summary>
        <p>{rule.why}</p>
      </details>
      <div className="rule-body" hidden={!enabled}>
        <div className="field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => void save((raw) => setAt(raw, ['rules', rule.id, 'severity'], e.target.value))}>
            {SEVERITIES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <SettingFields path={['rules', rule.id, 'options']} />
      </div>
      {!enabled && <p className="muted off-note">This rule is off: PostLint does not check it. Turn it on to change its options.</p>}
    </article>
  );
}
