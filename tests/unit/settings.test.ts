import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, parseSettings, RULES } from '../../src/lint';

describe('settings', () => {
  it('fills every rule with its defaults from an empty object', () => {
    const s = defaultSettings();
    for (const rule of RULES) {
      expect(s.rules[rule.id]).toMatchObject({ enabled: true, severity: rule.defaultSeverity });
      expect(s.rules[rule.id].options).toEqual(rule.options.parse({}));
    }
    expect(s.sites).toEqual({ x: true, facebook: true, linkedin: true });
  });

  it('strict parsing names the field that is wrong', () => {
    const r = parseSettings({ rules: { 'ad-tone': { severity: 'loud' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^rules\.ad-tone\.severity: /);
  });

  it('lenient loading keeps valid fields and resets only the corrupt ones', () => {
    const { settings, repaired } = loadSettings({
      rules: { 'ad-tone': { severity: 'loud', enabled: false }, shouting: { severity: 'error' } },
      phrases: { custom: [{ phrase: 'mega deal', weight: 3 }, { phrase: '', weight: 1 }, 'junk'], allowed: ['free spirit'] },
      sites: { x: false, facebook: 'yes' },
    });
    expect(settings.rules['ad-tone'].enabled).toBe(false);
    expect(settings.rules['ad-tone'].severity).toBe(RULES.find((r) => r.id === 'ad-tone')!.defaultSeverity);
    expect(settings.rules.shouting.severity).toBe('error');
    expect(settings.phrases.custom).toEqual([{ list: 'ad', phrase: 'mega deal', weight: 3, note: '' }]);
    expect(settings.phrases.allowed).toEqual(['free spirit']);
    expect(settings.sites).toEqual({ x: false, facebook: true, linkedin: true });
    expect(repaired).toHaveLength(4);
  });

  it('treats a non-object as defaults and says so', () => {
    expect(loadSettings('garbage')).toEqual({ settings: defaultSettings(), repaired: ['(settings): not an object'] });
    expect(loadSettings(undefined).repaired).toEqual([]);
  });
});
