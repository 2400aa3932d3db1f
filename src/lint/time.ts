/**
 * The one strict ISO 8601 reader of the lint core, for every `publishedAt`, the CLI's `--now`,
 * batch lines and calendar dates. Strict because `Date.parse` accepts "1" (the year 2001) and
 * "2026-02-30" (2 March), and reads a time without an offset in the machine's own time zone, so
 * the same history would count differently on two computers. Here a time without an offset is
 * read as UTC, and the result says so, for the caller to tell the person.
 */

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Shown after a rejected time. */
export const TIME_HINT = 'use ISO 8601, e.g. 2026-12-01, 2026-12-01T09:30 or 2026-12-01T09:30:00+01:00';

/** A time read strictly. */
export interface IsoTime {
  /** Epoch milliseconds. */
  ms: number;
  /** The same instant as `YYYY-MM-DDTHH:mm:ss.sssZ`. */
  utc: string;
  /** True when the text had no offset and UTC was assumed. */
  offsetAssumed: boolean;
}

/** The time `text` names, or null when it is not a valid ISO 8601 date or date-time. */
export function parseIsoTime(text: string): IsoTime | null {
  if (text.length > 64) return null;
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = offsetMinutes(zone);
  if (offset === null) return null;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  // Date.UTC rolls 30 February over into March; a real calendar date round-trips.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const at = local - offset * 60_000;
  return { ms: at, utc: new Date(at).toISOString(), offsetAssumed: zone === undefined };
}

/** Epoch milliseconds of `text` read strictly (UTC when it has no offset), or NaN. */
export function isoTimeMs(text: string): number {
  return parseIsoTime(text)?.ms ?? Number.NaN;
}

/** Minutes east of UTC, or null for an offset no place has (over 18 hours, minutes over 59). */
function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  if (hours > 18 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
