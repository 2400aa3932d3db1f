/** Previous and next week around the week's dates ("Mon 2 Nov – Sun 8 Nov 2026"). */
import { nextWeekStart, previousWeekStart, weekLabel } from '../../src/summary/index';

interface WeekNavProps {
  weekStart: string;
  /** The week holding today: there is no next one to show yet. */
  isCurrent: boolean;
  timeZone: string;
  onChange(weekStart: string): void;
}

export function WeekNav({ weekStart, isCurrent, timeZone, onChange }: WeekNavProps) {
  return (
    <nav className="week-nav" aria-label="Week">
      <button type="button" onClick={() => onChange(previousWeekStart(weekStart))}>
        <span aria-hidden="true">← </span>Previous week
      </button>
      <p className="week-label" aria-live="polite">
        <strong>{weekLabel(weekStart)}</strong>
        <span className="muted">{isCurrent ? ' · this week' : ''} · {timeZone}</span>
      </p>
      <button type="button" onClick={() => onChange(nextWeekStart(weekStart))} disabled={isCurrent} title={isCurrent ? 'This is the current week' : undefined}>
        Next week<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
