/** The summary page's inputs: the settings and the records of the weeks it shows, both kept current while the page is open. */
import { useEffect, useState } from 'react';
import { followHistory, readHistoryRange, type HistoryView } from '../../src/history/store/read';
import type { Settings } from '../../src/lint/index';
import { readSettings, watchSettings } from '../../src/storage/settings';

/** The settings; `null` while loading. */
export function useSummarySettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/**
 * The records published in `[from, to)` (only the months holding them are read) and the number of
 * stored records; `null` while loading or while the range is not known yet.
 */
export function useHistoryRange(range: { from: number; to: number } | null): HistoryView | null {
  const [view, setView] = useState<{ key: string; view: HistoryView } | null>(null);
  const key = range ? `${range.from}-${range.to}` : '';
  useEffect(() => {
    if (!range) return undefined;
    return followHistory(() => readHistoryRange(range.from, range.to), (next) => setView({ key, view: next }));
    // `key` stands for the range (a new object each render).
  }, [key]);
  return view && view.key === key ? view.view : null;
}
