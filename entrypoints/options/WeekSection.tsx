/** How weeks are counted in the summary and the popup: first day and time zone. */
import { useMemo } from 'react';
import { setAt, useSettingsApi } from './settings-context';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function WeekSection() {
  const { settings, save } = useSettingsApi();
  const zones = useMemo(timeZones, []);
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { firstDay, timeZone } = settings.week;
  return (
    <section id="week" aria-labelledby="week-title">
      <h2 id="week-title">Week</h2>
      <div className="card fields">
        <div className="field">
          <label htmlFor="week-first-day">Weeks start on</label>
          <select id="week-first-day" value={firstDay} onChange={(e) => void save((raw) => setAt(raw, ['week', 'firstDay'], Number(e.target.value)))}>
            {DAYS.map((day, i) => (
              <option key={day} value={i}>
                {day}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="week-time-zone">Time zone</label>
          <select id="week-time-zone" value={timeZone} onChange={(e) => void save((raw) => setAt(raw, ['week', 'timeZone'], e.target.value))}>
            <option value="">Browser's own ({own})</option>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
            {timeZone && !zones.includes(timeZone) && <option>{timeZone}</option>}
          </select>
        </div>
      </div>
    </section>
  );
}
