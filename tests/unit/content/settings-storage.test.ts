import { describe, expect, it, vi } from 'vitest';
import { readSettings, setSiteEnabled, settingsItem, turnRuleOff, watchSettings } from '../../../src/storage/settings';

describe('settings in storage.sync', () => {
  it('reads defaults when nothing is stored', async () => {
    const settings = await readSettings();
    expect(settings.sites).toEqual({ x: true, facebook: true, linkedin: true });
  });

  it('repairs stored settings field by field', async () => {
    await settingsItem.setValue({ sites: { x: false, facebook: 'yes' }, rules: { shouting: { severity: 'loud', enabled: false } } });
    const settings = await readSettings();
    expect(settings.sites).toEqual({ x: false, facebook: true, linkedin: true });
    expect(settings.rules.shouting.enabled).toBe(false);
  });

  it('turns a rule off and pauses a site, keeping everything else as stored', async () => {
    await settingsItem.setValue({ rules: { 'ad-tone': { severity: 'error' } }, future: { keep: 1 } });
    await turnRuleOff('ad-tone');
    await setSiteEnabled('linkedin', false);
    expect(await settingsItem.getValue()).toEqual({ rules: { 'ad-tone': { severity: 'error', enabled: false } }, future: { keep: 1 }, sites: { linkedin: false } });
  });

  it('tells watchers about every change with repaired settings', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await setSiteEnabled('x', false);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0][0].sites.x).toBe(false);
    unwatch();
  });
});
