/**
 * The stored history records a summary needs: those published between two instants, validated.
 * Validating 10,000 records with zod costs more than the whole summary; a week and the week
 * before need a few dozen, so the cheap date test runs first and the schema only on what passed.
 */
import { parseHistory, type HistoryRecord } from '../history/schema';

/** Records of the raw stored history with `from <= publishedAt < to`, validated; `total` counts every stored entry. */
export function recordsInRange(raw: unknown, from: number, to: number): { records: HistoryRecord[]; total: number } {
  if (!Array.isArray(raw)) return { records: [], total: 0 };
  const near = raw.filter((item) => {
    const at = item !== null && typeof item === 'object' ? Date.parse((item as { publishedAt?: unknown }).publishedAt as string) : NaN;
    return at >= from && at < to;
  });
  return { records: parseHistory(near).records, total: raw.length };
}
