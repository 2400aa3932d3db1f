/**
 * The one setting a content script reads itself: whether PostLint runs on its site. A tiny guard
 * instead of the settings schema (zod stays out of content scripts); everything else in the
 * settings only matters to the background, which lints.
 */
import { browser } from '#imports';
import type { Platform } from '../lint/types';
import { guard, reportError } from './report-error';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether the stored settings `raw` leave PostLint on for `platform`. The same answer as
 * `loadSettings(raw).settings.sites[platform]`: only a stored `false` turns a site off, anything
 * else (missing, not a boolean, settings not an object) falls back to the default, on.
 */
export function isSiteOn(raw: unknown, platform: Platform): boolean {
  return !(isObject(raw) && isObject(raw.sites) && raw.sites[platform] === false);
}

/**
 * The two `storage.sync` items that can hold the site setting: `settings.sites` (the split layout,
 * see src/storage/sync-layout.ts) and the first version's single `settings` item, which wins while
 * it is there (every write of the split layout removes it).
 */
const SITES_KEY = 'settings.sites';
const LEGACY_KEY = 'settings';
type SiteItems = { [SITES_KEY]?: unknown; [LEGACY_KEY]?: unknown };

function siteOnIn(items: SiteItems, platform: Platform): boolean {
  return items[LEGACY_KEY] != null ? isSiteOn(items[LEGACY_KEY], platform) : isSiteOn({ sites: items[SITES_KEY] }, platform);
}

const isSettingsKey = (key: string) => key === LEGACY_KEY || key.startsWith('settings.');

/** Reads whether PostLint is on for `platform` now (on when storage cannot be read). */
export async function readSiteOn(platform: Platform): Promise<boolean> {
  return siteOnIn(await readSiteItems(), platform);
}

async function readSiteItems(): Promise<SiteItems> {
  try {
    return (await browser.storage.sync.get([SITES_KEY, LEGACY_KEY])) as SiteItems;
  } catch (error) {
    reportError('reading the site setting', error);
    return {};
  }
}

/**
 * Reads the site setting, then calls `onChange` after every change of the settings (any field: the
 * caller lints again) with whether the site is on, until `signal` aborts.
 */
export async function followSettings(platform: Platform, signal: AbortSignal, onChange: (siteOn: boolean) => void): Promise<boolean> {
  let items: SiteItems | null = null;
  const early: Record<string, { newValue?: unknown }>[] = [];
  const apply = (changes: Record<string, { newValue?: unknown }>) => {
    // A removed item comes as newValue undefined (Chrome) or null (some fakes): either way, gone.
    for (const key of [SITES_KEY, LEGACY_KEY] as const) if (key in changes) items![key] = changes[key].newValue ?? undefined;
  };
  const area = browser.storage.sync;
  // Listen before reading, so a change landing during the read is not lost.
  const listener = guard('applying new settings', (changes: Record<string, { newValue?: unknown }>) => {
    if (!Object.keys(changes).some(isSettingsKey) || signal.aborted) return;
    if (!items) {
      early.push(changes);
      return;
    }
    apply(changes);
    onChange(siteOnIn(items, platform));
  });
  area.onChanged.addListener(listener);
  signal.addEventListener('abort', () => area.onChanged.removeListener(listener), { once: true });
  items = await readSiteItems();
  early.forEach(apply);
  return siteOnIn(items, platform);
}
