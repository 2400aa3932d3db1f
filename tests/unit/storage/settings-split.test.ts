import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, type CustomPhrase } from '../../../src/lint/settings';
import {
  migrateLegacySettings,
  readSettings,
  replaceStoredSettings,
  SettingsQuotaError,
  settingsItem,
  turnRuleOff,
  updateStoredSettings,
  watchSettings,
} from '../../../src/storage/settings';
import { fromSyncItems, itemBytes, SYNC_QUOTA, toSyncItems } from '../../../src/storage/sync-layout';
import { enforceSyncQuota } from '../options/page-harness';

const sync = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

function phrases(n: number, length = 120): CustomPhrase[] {
  return Array.from({ length: n }, (_, i) => ({
    list: 'ad',
    phrase: `phrase ${i} "quoted" ${'é'.repeat(length / 4)}`.slice(0, length),
    weight: 2,
    note: `note ${i} 🎉`,
  }));
}

describe('settings split over storage.sync items', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stores one item per section, each within the per-item quota', async () => {
    enforceSyncQuota();
    await settingsItem.setValue({ rules: { shouting: { enabled: false } }, sites: { x: false }, week: { firstDay: 0 } });
    expect(Object.keys(await sync()).sort()).toEqual(['settings.rules', 'settings.sites', 'settings.week']);
    expect((await readSettings()).week.firstDay).toBe(0);
  });

  it('saves a 300-phrase list without a quota error, and it survives a reload', async () => {
    const quota = enforceSyncQuota();
    const list = phrases(300);
    await updateStoredSettings((raw) => (raw.phrases = { custom: list, allowed: ['Free Spirit'] }));
    const items = await sync();
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(Object.keys(items).filter((k) => k.startsWith('settings.phrases#')).length).toBeGreaterThan(1);
    expect(quota).toHaveBeenCalled();
    // A "reload": nothing in memory, everything read back from storage.
    const again = loadSettings(fromSyncItems(await sync())).settings;
    expect(again.phrases.custom).toEqual(list);
    expect((await readSettings()).phrases.allowed).toEqual(['Free Spirit']);
  });

  it('removes stale chunks when a list shrinks, and watchers hear once per change', async () => {
    await settingsItem.setValue({ phrases: { custom: phrases(300) } });
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await new Promise((r) => setTimeout(r, 0));
    await settingsItem.setValue({ phrases: { custom: phrases(2) } });
    expect(Object.keys(await sync())).toEqual(['settings.phrases']);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0][0].phrases.custom).toHaveLength(2);
    await turnRuleOff('ad-tone');
    expect(seen).toHaveBeenCalledTimes(2);
    unwatch();
  });

  it('refuses a write over the total quota with a clear message, and loses nothing stored', async () => {
    enforceSyncQuota();
    await settingsItem.setValue({ rules: { 'ad-tone': { enabled: false } }, phrases: { custom: phrases(10) } });
    const before = await sync();
    const write = updateStoredSettings((raw) => (raw.phrases = { custom: phrases(1000, 200) }));
    await expect(write).rejects.toBeInstanceOf(SettingsQuotaError);
    await expect(write).rejects.toThrow(/Settings not saved: .*KB of the 100\.0 KB.*Remove some/);
    expect(await sync()).toEqual(before);
    expect((await readSettings()).rules['ad-tone'].enabled).toBe(false);
  });

  it('turns a refusal by the browser itself into the same clear error, with nothing changed', async () => {
    await settingsItem.setValue({ sites: { x: false } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(turnRuleOff('shouting')).rejects.toThrow(/Settings not saved: the browser refused them/);
    expect(await sync()).toEqual({ 'settings.sites': { x: false } });
  });

  it('keeps fields a newer version stored, each in its own item', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.rules': { 'ad-tone': { enabled: false } }, 'settings.theme': { accent: 'teal' } });
    await turnRuleOff('shouting');
    expect(await settingsItem.getValue()).toEqual({ rules: { 'ad-tone': { enabled: false }, shouting: { enabled: false } }, theme: { accent: 'teal' } });
  });

  it('migrates the old single sync:settings item, keeping everything in it', async () => {
    const legacy = { rules: { shouting: { severity: 'error' } }, sites: { linkedin: false }, phrases: { allowed: ['Free Spirit'] }, future: 1 };
    await fakeBrowser.storage.sync.set({ settings: legacy, settings$: { v: 1 } });
    expect((await readSettings()).sites.linkedin).toBe(false);
    expect(await migrateLegacySettings()).toBe(true);
    const items = await sync();
    expect(items.settings).toBeUndefined();
    expect(items.settings$).toBeUndefined();
    expect(items['settings.sites']).toEqual({ linkedin: false });
    expect(await settingsItem.getValue()).toEqual(legacy);
    expect(await migrateLegacySettings()).toBe(false);
  });

  it('reads the old item while it is there (an older version wrote it since)', async () => {
    await settingsItem.setValue({ sites: { x: false } });
    await fakeBrowser.storage.sync.set({ settings: { sites: { facebook: false } } });
    expect((await readSettings()).sites).toEqual({ x: true, facebook: false, linkedin: true });
  });

  it('resets to defaults', async () => {
    await settingsItem.setValue({ sites: { x: false }, phrases: { custom: phrases(300) } });
    await replaceStoredSettings({});
    expect(await sync()).toEqual({});
  });

  it('leaves a field with a missing chunk to its defaults rather than failing', () => {
    const items = toSyncItems({ phrases: { custom: phrases(300) }, sites: { x: false } });
    delete items['settings.phrases#1'];
    expect(fromSyncItems(items)).toEqual({ sites: { x: false } });
  });
});
