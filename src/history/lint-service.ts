/**
 * Linting in the background service worker: the one place that holds the settings and the history
 * in memory and runs the lint core, so content scripts stay small and start without reading the
 * history. Loaded lazily on the first request after the worker starts (and pre-warmed at start),
 * kept current by storage watches and by the writer handing over each published post. Lints never
 * wait for a history write.
 */
import { lint, loadSettings, ruleById, type Diagnostic, type HistoryPost, type Platform, type Settings } from '../lint';
import { settingsItem } from '../storage/settings';
import { createLintHistory } from './lint-history';
import type { LintRequest, LintResponse, RuleInfo } from './messages';

export interface LintService {
  /** Lints a draft at `now()`; a paused site answers `{ ok: true, paused: true }`. Rejects if the core throws. */
  lint(draft: LintRequest['draft']): Promise<Exclude<LintResponse, { ok: false }>>;
  /** Loads settings and history (once) and builds the lint core's caches, off the request path. */
  warmUp(): Promise<void>;
  /** A post the writer just accepted: the next lint counts it (before storage has it). */
  historyAccepted(post: HistoryPost & { id?: string }): void;
  /** The history array the next lint uses (for tests); null before the first load. */
  readonly history: readonly HistoryPost[] | null;
  /** The settings the next lint uses (for tests); null before the first load. */
  readonly settings: Settings | null;
  /** Stops watching storage. */
  dispose(): void;
}

export interface LintServiceOptions {
  now?: () => number;
  /** Delay before re-warming the caches after a change; negative turns re-warming off. */
  rewarmDelayMs?: number;
  /**
   * Resolves when no history write is on its way. Re-warming rebuilds the history index (over
   * 100 ms at 10,000 posts) on the worker's one thread; run in the middle of a publish it would
   * hold up that write, so it waits for the writer first (but no longer than `REWARM_WAIT_MS`:
   * a stalled write must not leave the next lint to build the caches itself).
   */
  writesSettled?: () => Promise<void>;
}

/** Drafts that reach every cache of the core: phrases, promotion scores, the history index. */
const WARM_UP_TEXT = 'Warm-up: 20% OFF everything today only, shop now at our store!';
const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin'];
/** The longest re-warming waits for the writer: a healthy publish lands well within it. */
export const REWARM_WAIT_MS = 500;

/** Creates the lint service; the background makes exactly one. */
export function createLintService({ now = Date.now, rewarmDelayMs = 50, writesSettled = () => Promise.resolve() }: LintServiceOptions = {}): LintService {
  let settings: Settings | null = null;
  let loading: Promise<void> | null = null;
  let rewarmTimer: ReturnType<typeof setTimeout> | undefined;
  const stored = createLintHistory(now, () => scheduleRewarm());
  const setSettings = (raw: unknown) => {
    settings = loadSettings(raw).settings;
    scheduleRewarm();
  };

  // Watch before reading, so a change landing during the first read is not lost; a value seen by
  // a watch is newer than the one the read returns.
  const unwatchSettings = settingsItem.watch((raw) => setSettings(raw));

  function load(): Promise<void> {
    if (settings && stored.posts) return Promise.resolve();
    loading ??= Promise.all([stored.load(), settingsItem.getValue()])
      .then(([, rawSettings]) => {
        if (!settings) settings = loadSettings(rawSettings).settings;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  function runLint(draft: LintRequest['draft']): Diagnostic[] {
    return lint(draft, { now: now(), history: stored.posts! }, settings!);
  }

  function warmCaches(): void {
    if (!settings || !stored.posts) return;
    for (const platform of PLATFORMS) if (settings.sites[platform]) runLint({ text: WARM_UP_TEXT, platform, kind: 'post' });
  }

  function scheduleRewarm(): void {
    if (rewarmDelayMs < 0 || !settings || !stored.posts) return;
    clearTimeout(rewarmTimer);
    rewarmTimer = setTimeout(() => {
      const waited = new Promise<void>((resolve) => setTimeout(resolve, REWARM_WAIT_MS));
      void Promise.race([writesSettled(), waited])
        .catch(() => undefined)
        .then(() => warmCaches())
        .catch((error: unknown) => console.warn('PostLint: warming up the lint core failed', error));
    }, rewarmDelayMs);
  }

  return {
    async lint(draft) {
      if (!settings || !stored.posts) await load();
      if (!settings!.sites[draft.platform]) return { ok: true, paused: true };
      const diagnostics = runLint(draft);
      const rules: Record<string, RuleInfo> = {};
      for (const { ruleId } of diagnostics) {
        const rule = rules[ruleId] ? undefined : ruleById(ruleId);
        if (rule) rules[ruleId] = { name: rule.name, why: rule.why, description: rule.description };
      }
      return { ok: true, diagnostics, rules };
    },
    async warmUp() {
      await load();
      warmCaches();
    },
    historyAccepted(post) {
      stored.accept(post);
    },
    get history() {
      return stored.posts;
    },
    get settings() {
      return settings;
    },
    dispose() {
      clearTimeout(rewarmTimer);
      stored.dispose();
      unwatchSettings();
    },
  };
}
