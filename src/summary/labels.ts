/** Words for dates and shares, the same in the summary page, the popup and the CLI (English, as the rest of the UI). */
import { addDays } from './week';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string) {
  const d = new Date(`${date}T00:00:00Z`);
  return { weekday: WEEKDAYS[d.getUTCDay()], day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()], year: d.getUTCFullYear() };
}

/** "Mon 2 Nov" for a `YYYY-MM-DD` date. */
export function dayLabel(date: string): string {
  const p = parts(date);
  return `${p.weekday} ${p.day} ${p.month}`;
}

/** "Mon 2 Nov – Sun 8 Nov 2026"; both years when the week spans New Year. */
export function weekLabel(weekStart: string): string {
  const first = parts(weekStart);
  const last = parts(addDays(weekStart, 6));
  const start = `${first.weekday} ${first.day} ${first.month}`;
  const end = `${last.weekday} ${last.day} ${last.month} ${last.year}`;
  return first.year === last.year ? `${start} – ${end}` : `${start} ${first.year} – ${end}`;
}

/** "67%" for 0.666…, "–" for null. */
export function percentLabel(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}
