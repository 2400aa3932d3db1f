/** The summary page's inputs: the stored history and the settings, both kept current while the page is open. */
import { useEffect, useState } from 'react';
import { historyItem } from '../../src/history/items';
import type { Settings } from '../../src/lint/index';
import { readSettings, watchSettings } from '../../src/storage/settings';

/** `null` while either is still loading. The history comes raw: the page validates only the weeks it shows (`recordsInRange`). */
export function useSummaryData(): { raw: unknown; settings: Settings } | null {
  const [raw, setRaw] = useState<unknown>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void historyItem.getValue().then((value) => live && setRaw(value));
    void readSettings().then((value) => live && setSettings(value));
    const unwatchHistory = historyItem.watch((value) => setRaw(value));
    const unwatchSettings = watchSettings(setSettings);
    return () => {
      live = false;
      unwatchHistory();
      unwatchSettings();
    };
  }, []);
  return raw !== undefined && settings ? { raw, settings } : null;
}
