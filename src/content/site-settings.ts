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

/** Reads whether PostLint is on for `platform` now (on when storage cannot be read). */
export async function readSiteOn(platform: Platform): Promise<boolean> {
  try {
    const { settings } = await browser.storage.sync.get('settings');
    return isSiteOn(settings, platform);
  } catch (error) {
    reportError('reading the site setting', error);
    return true;
  }
}

/**
 * Reads the site setting, then calls `onChange` after every change of the settings (any field: the
 * caller lints again) with whether the site is on, until `signal` aborts.
 */
export async function followSettings(platform: Platform, signal: AbortSignal, onChange: (siteOn: boolean) => void): Promise<boolean> {
  let started = false;
  let early: { raw: unknown } | null = null;
  const area = browser.storage.sync;
  // Listen before reading, so a change landing during the read is not lost.
  const listener = guard('applying new settings', (changes: Record<string, { newValue?: unknown }>) => {
    if (!('settings' in changes) || signal.aborted) return;
    if (started) onChange(isSiteOn(changes.settings.newValue, platform));
    else early = { raw: changes.settings.newValue };
  });
  area.onChanged.addListener(listener);
  signal.addEventListener('abort', () => area.onChanged.removeListener(listener), { once: true });
  const on = await readSiteOn(platform);
  started = true;
  return early ? isSiteOn((early as { raw: unknown }).raw, platform) : on;
}
