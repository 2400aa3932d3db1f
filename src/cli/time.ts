/**
 * Strict ISO 8601 times for --now, batch lines and calendar dates. Strict because `Date.parse`
 * accepts "1" (the year 2001) and "2026-02-30" (2 March), which would silently lint a plan at the
 * wrong time. A time without an offset is read as UTC so results do not depend on the machine's
 * time zone.
 */

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Shown after a rejected time. */
export const TIME_HINT = 'use ISO 8601, e.g. 2026-12-01, 2026-12-01T09:30 or 2026-12-01T09:30:00+01:00';

/** Epoch milliseconds, or null when `text` is not a valid ISO 8601 date or date-time. */
export function parseTime(text: string): number | null {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(utc);
  // Date.UTC rolls 30 February over into March; a real calendar date round-trips.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return utc - offsetMinutes(zone) * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}
