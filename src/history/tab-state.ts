/**
 * The latest lint result per tab, kept by the background in `storage.session` (memory only, gone
 * when the browser closes; content scripts cannot read it, the popup can).
 */
import { storage } from '#imports';
import * as z from 'zod/mini';
import { KINDS, PLATFORMS, SEVERITIES } from '../lint/types';

export const tabStateSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** PostLint is paused on this site (settings.sites[platform] is false). */
  paused: z.boolean(),
  /** Milliseconds from the content script's start to ready (history and settings loaded, first scan done). */
  readyMs: z.nullable(z.number()),
  /** The draft the person worked on last, or null when there is none. */
  draft: z.nullable(
    z.object({
      kind: z.enum(KINDS),
      textLength: z.number(),
      diagnostics: z.array(z.object({ ruleId: z.string(), severity: z.enum(SEVERITIES), message: z.string() })),
    }),
  ),
  /** ISO 8601. */
  updatedAt: z.string(),
});
export type TabState = z.output<typeof tabStateSchema>;

/** The session-storage key of a tab's state. */
export const tabStateKey = (tabId: number) => `session:tab:${tabId}` as const;

/** Reads a tab's state; null when the tab has none or it is malformed. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const result = tabStateSchema.safeParse(await storage.getItem(tabStateKey(tabId)));
  return result.success ? result.data : null;
}

/** Calls `onChange` whenever a tab's state changes; returns the unwatch function. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch(tabStateKey(tabId), (raw) => {
    const result = tabStateSchema.safeParse(raw);
    onChange(result.success ? result.data : null);
  });
}
