/**
 * Goals and limits per platform, side by side: the weekly goals the summary measures against, and
 * the `posting-frequency` rule's limits that warn while composing.
 */
import { PLATFORMS } from '../../src/lint/types';
import { PLATFORM_NAMES } from './platform-names';
import { SettingFields } from './SettingFields';
import { useSettingsApi } from './settings-context';

export function GoalsSection() {
  const { settings } = useSettingsApi();
  const limitsOn = settings.rules['posting-frequency'].enabled;
  return (
    <section id="goals" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals &amp; limits</h2>
      <p className="muted">
        Goals feed the weekly summary; limits warn while you write{limitsOn ? '' : ' (the posting-frequency rule is off, so they do not warn now)'}. Leave a goal
        at "No limit" if you have none.
      </p>
      <div className="platform-grid">
        {PLATFORMS.map((platform) => (
          <div key={platform} className="card">
            <h3>{PLATFORM_NAMES[platform]}</h3>
            <SettingFields path={['goals', platform]} legend="Weekly goals" />
            <SettingFields path={['rules', 'posting-frequency', 'options', platform]} legend="Limits (posting-frequency)" />
          </div>
        ))}
      </div>
    </section>
  );
}
