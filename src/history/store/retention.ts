/**
 * How long the history keeps posts: the person's choice in the options page, kept in
 * `storage.local` (it is about this browser's history, so it does not sync). The default keeps
 * everything: with the `unlimitedStorage` permission the browser sets no 10 MB quota, and a
 * history is the record of someone's own work. Nothing else ever trims the history.
 */
import { browser } from '#imports';
import * as z from 'zod/mini';
import { RETENTION_KEY } from './layout';

/** The choices the options page offers, in days; null keeps every post. */
export const RETENTION_CHOICES = [null, 1825, 730, 365, 180] as const;
export type RetentionDays = (typeof RETENTION_CHOICES)[number];

const retentionSchema = z.object({ days: z.union([z.null(), z.number().check(z.int(), z.positive())]) });

const DAY_MS = 86_400_000;

/** The stored choice; a missing or damaged value reads as "keep everything". */
export async function readRetention(): Promise<number | null> {
  const result = retentionSchema.safeParse((await browser.storage.local.get(RETENTION_KEY))[RETENTION_KEY]);
  return result.success ? result.data.days : null;
}

/** Stores the choice (the background trims when it sees the change). */
export async function writeRetention(days: number | null): Promise<void> {
  await browser.storage.local.set({ [RETENTION_KEY]: retentionSchema.parse({ days }) });
}

/** The earliest publication time kept at `now`, or -Infinity when everything is kept. */
export function retentionCutoff(days: number | null, now: number): number {
  return days === null ? -Infinity : now - days * DAY_MS;
}

/** Calls `onChange` with the new choice whenever it changes. */
export function watchRetention(onChange: (days: number | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(RETENTION_KEY in changes)) return;
    const result = retentionSchema.safeParse(changes[RETENTION_KEY].newValue);
    onChange(result.success ? result.data.days : null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
