/** The summary page's inputs: the stored history and the settings, both kept current while the page is open. */
import { useEffect, useMemo, useState } from 'react';
import { historyItem } from '../../src/history/items';
import { parseHistory, type HistoryRecord } from '../../src/history/schema';
import type { Settings } from '../../src/lint/index';
import { readSettings, watchSettings } from '../../src/storage/settings';

/** `null` while either is still loading. */
export function useSummaryData(): { records: HistoryRecord[]; settings: Settings } | null {
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
  const records = useMemo(() => (raw === undefined ? null : parseHistory(raw).records), [raw]);
  return records && settings ? { records, settings } : null;
}
