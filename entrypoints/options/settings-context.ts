/**
 * The options page's view of the stored settings: the repaired settings (watched, so a rule turned
 * off from a popover shows here at once), a `save` that edits the stored object, and what the last
 * save did (the quiet "Saved", or the reason it was refused).
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Settings } from '../../src/lint/settings';
import { readSettings, updateStoredSettings, watchSettings } from '../../src/storage/settings';

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };
type Json = Record<string, unknown>;

export interface SettingsApi {
  settings: Settings;
  status: SaveStatus;
  /** Edits the stored (sparse) settings; resolves with whether the edit was saved. */
  save(edit: (raw: Json) => void): Promise<boolean>;
}

export const SettingsContext = createContext<SettingsApi | null>(null);

/** The settings API of the page (inside `SettingsContext`). */
export function useSettingsApi(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettingsApi outside SettingsContext');
  return api;
}

/** Loads and watches the settings; null until the first read lands. */
export function useStoredSettings(): SettingsApi | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((next) => live && setSettings(next));
    void readSettings().then((first) => live && setSettings((seen) => seen ?? first));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (edit: (raw: Json) => void) => {
    setStatus({ state: 'saving' });
    try {
      await updateStoredSettings(edit);
      setStatus({ state: 'saved' });
      return true;
    } catch (error) {
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);
  return settings ? { settings, status, save } : null;
}

/** Sets `value` at `path` in `root`, making objects on the way (replacing anything that is not one). */
export function setAt(root: Json, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]] = value;
}
