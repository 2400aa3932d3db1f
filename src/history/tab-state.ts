/**
 * The latest lint result per tab, kept by the background in `storage.session` (memory only, gone
 * when the browser closes; content scripts cannot read it, the popup can).
 */
import { storage } from '#imports';
import * as z from 'zod/mini';
import { KINDS, PLATFORMS, SEVERITIES, type Platform } from '../lint/types';
import type { TabStatePatch } from './messages';

export const tabStateSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** PostLint is paused on this site (settings.sites[platform] is false). */
  paused: z.boolean(),
  /** Milliseconds from the content script's start to ready (site setting read, first scan done). */
  readyMs: z.nullable(z.number()),
  /** The draft the person worked on last, or null when there is none. */
  draft: z.nullable(
    z.object({
      kind: z.enum(KINDS),
      textLength: z.number(),
      diagnostics: z.array(z.object({ ruleId: z.string(), severity: z.enum(SEVERITIES), message: z.string(), suggestion: z.optional(z.string()) })),
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

/** The background's writer of tab states: the only code that writes `session:tab:<id>`. */
export interface TabStates {
  /**
   * Merges `patch` (or, when it is a promise, what it resolves to; null writes nothing) into the
   * tab's state. Updates of one tab land in the order they were asked for, also when a patch waits
   * on a lint. Resolves with whether the state was written (an invalid patch is not); never rejects.
   */
  update(tabId: number, platform: Platform, patch: TabStatePatch | null | Promise<TabStatePatch | null>): Promise<boolean>;
  /** Forgets a closed tab's state. */
  forget(tabId: number): Promise<void>;
}

/** Creates the tab-state writer; the background makes one. States are cached between writes. */
export function createTabStates({ now = Date.now }: { now?: () => number } = {}): TabStates {
  const cache = new Map<number, TabState>();
  const queues = new Map<number, Promise<boolean>>();

  async function apply(tabId: number, platform: Platform, patch: TabStatePatch): Promise<boolean> {
    const stored = cache.get(tabId) ?? (await readTabState(tabId));
    // A tab that moved to another site starts over; otherwise the patch goes over what is there.
    const next: Record<string, unknown> = stored?.platform === platform ? { ...stored } : { platform, paused: false, readyMs: null, draft: null };
    for (const key of ['paused', 'readyMs', 'draft'] as const) if (patch[key] !== undefined) next[key] = patch[key];
    // Nothing changed (e.g. another "not paused" from a lint of a box in the background): no write.
    if (stored && stored.platform === platform && (['paused', 'readyMs', 'draft'] as const).every((k) => JSON.stringify(next[k]) === JSON.stringify(stored[k]))) return true;
    next.updatedAt = new Date(now()).toISOString();
    const state = tabStateSchema.parse(next);
    cache.set(tabId, state);
    await storage.setItem(tabStateKey(tabId), state);
    return true;
  }

  return {
    update(tabId, platform, patch) {
      const previous = queues.get(tabId) ?? Promise.resolve(true);
      const run = previous
        .then(() => patch)
        .then((p) => (p ? apply(tabId, platform, p) : false))
        .catch((error: unknown) => {
          cache.delete(tabId);
          console.warn('PostLint: tab state not updated', error);
          return false;
        });
      queues.set(tabId, run);
      void run.then(() => {
        if (queues.get(tabId) === run) queues.delete(tabId);
      });
      return run;
    },
    async forget(tabId) {
      const pending = queues.get(tabId);
      cache.delete(tabId);
      if (pending) await pending;
      cache.delete(tabId);
      await storage.removeItem(tabStateKey(tabId));
    },
  };
}
