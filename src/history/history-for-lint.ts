/**
 * Reads the stored history for linting in the background's lint service, on the path of the first
 * lint after the service worker starts. Plain type checks instead of the zod schema: zod's first
 * parse of 1,000 records costs tens of milliseconds (schema compilation), these checks well under
 * one. The background writer validates every record fully before storing it; this reader only has
 * to keep what the lint core would trip over out of the list, record by record.
 */
import { isoTimeMs } from '../lint/time';
import { KINDS, PLATFORMS, type HistoryPost } from '../lint/types';

const platforms = new Set<unknown>(PLATFORMS);
const kinds = new Set<unknown>(KINDS);

/** True for a record the lint core can use (the fields of `historyPostSchema`). */
export function isLintableRecord(value: unknown): value is HistoryPost {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.text === 'string' &&
    platforms.has(r.platform) &&
    (r.kind === undefined || kinds.has(r.kind)) &&
    typeof r.publishedAt === 'string' &&
    !Number.isNaN(isoTimeMs(r.publishedAt))
  );
}

/** The lintable records of a stored history value (anything else reads as no history). */
export function historyForLint(raw: unknown): HistoryPost[] {
  return Array.isArray(raw) ? raw.filter(isLintableRecord) : [];
}
