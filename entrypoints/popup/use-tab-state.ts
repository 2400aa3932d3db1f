/** The popup's data: which tab it is about, that tab's latest lint result, and the site settings. */
import { browser } from '#imports';
import { useEffect, useState } from 'react';
import { readTabState, watchTabState, type TabState } from '../../src/history/tab-state';
import type { Settings } from '../../src/lint/settings';
import { readSettings, watchSettings } from '../../src/storage/settings';

/**
 * The tab to show: `?tab=<id>` when given (handy when the popup is opened as a page, e.g. in
 * browser tests), otherwise the active tab of the current window.
 */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `undefined` while loading; `state` null when the tab has no PostLint content script. */
export function useTabState(): { loading: boolean; tabId: number | null; state: TabState | null; settings: Settings | null } {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void targetTabId().then(setTabId, () => setTabId(null));
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (tabId == null) return undefined;
    void readTabState(tabId).then(setState);
    return watchTabState(tabId, setState);
  }, [tabId]);

  return { loading: tabId === undefined || settings === null, tabId: tabId ?? null, state, settings };
}
