import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { followSettings, isSiteOn } from '../../../src/content/site-settings';
import { loadSettings } from '../../../src/lint/settings';
import { PLATFORMS } from '../../../src/lint/types';
import { settingsItem } from '../../../src/storage/settings';

const stored: unknown[] = [
  undefined,
  null,
  'junk',
  [],
  {},
  { sites: null },
  { sites: 'off' },
  { sites: [] },
  { sites: { x: false } },
  { sites: { x: false, facebook: 'yes', linkedin: 0 } },
  { sites: { facebook: false, linkedin: false }, rules: { 'ad-tone': { severity: 'loud' } } },
  { sites: { x: true, linkedin: null }, version: 7 },
];

describe('the site setting in the content script', () => {
  it('reads sites[platform] the way loadSettings repairs it', () => {
    for (const raw of stored) {
      for (const platform of PLATFORMS) {
        expect(isSiteOn(raw, platform), `${JSON.stringify(raw)} ${platform}`).toBe(loadSettings(raw).settings.sites[platform]);
      }
    }
  });

  it('reads the setting, then reports every settings change with the site state', async () => {
    await settingsItem.setValue({ sites: { linkedin: false } });
    const ctx = new ContentScriptContext('test');
    const seen = vi.fn();
    expect(await followSettings('linkedin', ctx.signal, seen)).toBe(false);
    await settingsItem.setValue({ sites: { linkedin: true } });
    await settingsItem.setValue({ sites: { linkedin: true }, rules: { shouting: { enabled: false } } });
    expect(seen.mock.calls).toEqual([[true], [true]]);
    ctx.notifyInvalidated();
    await settingsItem.setValue({});
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
