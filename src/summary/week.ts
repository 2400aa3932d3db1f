/**
 * Calendar weeks in a time zone, without a date library: `Intl.DateTimeFormat` knows every zone's
 * offsets (and their daylight-saving changes), which is all a week boundary needs. Dates are
 * `YYYY-MM-DD` strings of the local calendar; instants are epoch milliseconds.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local wall-clock time minus UTC at `instant`, in milliseconds (Berlin in summer: +2 h). */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The local calendar date (`YYYY-MM-DD`) and hour (0–23) of an instant. */
export function localDateAndHour(instant: number, timeZone: string): { date: string; hour: number } {
  const wall = new Date(instant + zoneOffset(instant, timeZone));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours() };
}

/** The instant at which local `date` begins in the zone (its midnight, or the first hour after a gap). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  let instant = wallMidnight - zoneOffset(wallMidnight, timeZone);
  // Once more with the offset at the first guess: right when a change lies between the two.
  instant = wallMidnight - zoneOffset(instant, timeZone);
  // Zones that skip midnight itself (a spring-forward at 00:00, e.g. America/Santiago): the day
  // begins at the first local instant of that date, an hour later.
  if (localDateAndHour(instant, timeZone).date < date) instant += HOUR;
  return instant;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first day (`YYYY-MM-DD`) of the week that holds `instant`, weeks starting on `firstDay` (0 = Sunday). */
export function weekStartFor(instant: number, firstDay: number, timeZone: string): string {
  const { date } = localDateAndHour(instant, timeZone);
  return addDays(date, -((weekdayOf(date) - firstDay + 7) % 7));
}

/** The first day of the week before. */
export const previousWeekStart = (weekStart: string): string => addDays(weekStart, -7);
/** The first day of the week after. */
export const nextWeekStart = (weekStart: string): string => addDays(weekStart, 7);

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && addDays(text, 0) === text;
}

/** The zone to use: the settings' zone, else the runtime's own, else UTC. */
export function resolveTimeZone(preferred: string | undefined): string {
  if (preferred) return preferred;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The eight instants that bound the seven local days of a week (index 7 is the next week's start). */
export function dayBoundaries(weekStart: string, timeZone: string): number[] {
  return Array.from({ length: 8 }, (_, i) => startOfLocalDay(addDays(weekStart, i), timeZone));
}
