/** Where PostLint runs: one switch per site (the popup's "pause on this site" writes the same). */
import { PLATFORMS } from '../../src/lint/types';
import { PLATFORM_NAMES } from './platform-names';
import { setAt, useSettingsApi } from './settings-context';
import { Switch } from './Switch';

export function SitesSection() {
  const { settings, save } = useSettingsApi();
  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <div className="card">
        {PLATFORMS.map((platform) => (
          <div key={platform} className="switch-row">
            <span>Check posts on {PLATFORM_NAMES[platform]}</span>
            <Switch
              name={`Check posts on ${PLATFORM_NAMES[platform]}`}
              checked={settings.sites[platform]}
              offText="Paused"
              onChange={(on) => void save((raw) => setAt(raw, ['sites', platform], on))}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
