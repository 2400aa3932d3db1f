/**
 * Times for --now, batch lines and calendar dates: the lint core's strict ISO 8601 reader
 * (`src/lint/time.ts`), which reads a time without an offset as UTC.
 */
import { parseIsoTime } from '../lint/time';

export { TIME_HINT } from '../lint/time';

/** Epoch milliseconds, or null when `text` is not a valid ISO 8601 date or date-time. */
export function parseTime(text: string): number | null {
  return parseIsoTime(text)?.ms ?? null;
}

/** The warning to print once for a time read as UTC because it has no offset, or null. */
export function assumedUtcWarning(where: string, text: string): string | null {
  const t = parseIsoTime(text);
  return t?.offsetAssumed ? `${where}: "${text.trim()}" has no UTC offset; read as UTC (${t.utc})` : null;
}

/**
 * The times of one input read as UTC, told once: the first place named, the rest counted, so a
 * plan of 100 rows without offsets gives one line, not 100.
 */
export function assumedUtcNotice(warnings: readonly string[]): string | null {
  if (warnings.length === 0) return null;
  const more = warnings.length - 1;
  return more ? `${warnings[0]} (and ${more} more without an offset, also read as UTC)` : warnings[0];
}
