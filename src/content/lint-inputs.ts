/**
 * The history and settings the content script lints with, loaded once at start and kept current
 * through storage change events, so a lint never waits on storage.
 */
import { historyItem } from '../history/items';
import { historyForLint } from '../history/history-for-lint';
import type { Settings } from '../lint/settings';
import type { HistoryPost } from '../lint/types';
import { readSettings, watchSettings } from '../storage/settings';
import { guard } from './report-error';

/** Everything besides the draft that a lint needs. Replaced (never mutated) on every change. */
export interface LintInputs {
  readonly settings: Settings;
  readonly history: readonly HistoryPost[];
}

export interface LintInputsSource {
  readonly current: LintInputs;
  /** Calls `listener` after every change; listeners are dropped when the signal aborts. */
  onChange(listener: (next: LintInputs, previous: LintInputs) => void): void;
}

const NOT_YET = Symbol('not yet');

/** Loads history and settings in parallel and follows their changes until `signal` aborts. */
export async function loadLintInputs(signal: AbortSignal): Promise<LintInputsSource> {
  const listeners = new Set<(next: LintInputs, previous: LintInputs) => void>();
  let current: LintInputs | null = null;
  // Watch before reading, so a change landing during the first read is not lost.
  let earlyHistory: unknown = NOT_YET;
  let earlySettings: Settings | null = null;

  const publish = (next: LintInputs) => {
    const previous = current!;
    current = next;
    for (const listener of listeners) guard('applying new settings or history', listener)(next, previous);
  };
  const unwatchHistory = historyItem.watch((raw) => {
    if (current) publish({ ...current, history: historyForLint(raw) });
    else earlyHistory = raw;
  });
  const unwatchSettings = watchSettings((settings) => {
    if (current) publish({ ...current, settings });
    else earlySettings = settings;
  });
  signal.addEventListener(
    'abort',
    () => {
      unwatchHistory();
      unwatchSettings();
      listeners.clear();
    },
    { once: true },
  );

  const [rawHistory, settings] = await Promise.all([historyItem.getValue(), readSettings()]);
  current = {
    settings: earlySettings ?? settings,
    history: historyForLint(earlyHistory === NOT_YET ? rawHistory : earlyHistory),
  };
  return {
    get current() {
      return current!;
    },
    onChange(listener) {
      if (!signal.aborted) listeners.add(listener);
    },
  };
}
