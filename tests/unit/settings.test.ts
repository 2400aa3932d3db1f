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

describe('over-long drafts', () => {
  it('reads content rules in the first MAX_ANALYSED_LENGTH characters and the length in full', async () => {
    const { lint, MAX_ANALYSED_LENGTH } = await import('../../src/lint/lint');
    const filler = 'We bake bread every morning and share what we learn. ';
    let text = filler.repeat(Math.ceil(MAX_ANALYSED_LENGTH / filler.length));
    text += 'FLASH SALE 40% OFF everything today only, shop now!!! '.repeat(20);
    const ids = lint({ text, platform: 'facebook', kind: 'post' }, { now: 0, history: [] }).map((d) => d.ruleId);
    expect(ids).not.toContain('ad-tone');
    const longText = text + filler.repeat(2000);
    const diagnostics = lint({ text: longText, platform: 'facebook', kind: 'post' }, { now: 0, history: [] });
    const length = diagnostics.find((d) => d.ruleId === 'length-limit');
    expect(length?.message).toContain(longText.length.toLocaleString('en-US'));
    const head = lint({ text: 'FLASH SALE 40% OFF everything today only, shop now!!! ' + text, platform: 'facebook', kind: 'post' }, { now: 0, history: [] });
    expect(head.map((d) => d.ruleId)).toContain('ad-tone');
  });
});

describe('loadSettings with many invalid fields', () => {
  it('keeps every valid field beside 500 invalid phrases', () => {
    const custom = Array.from({ length: 500 }, (_, i) => (i % 5 === 0 ? { phrase: `valid phrase ${i}`, weight: 1 } : { phrase: '', weight: 99 }));
    const { settings, repaired } = loadSettings({
      rules: { 'ad-tone': { enabled: false }, shouting: { severity: 'loud' } },
      sites: { linkedin: false },
      phrases: { custom, allowed: ['Free Spirit', '', 'Happy Hour'] },
    });
    expect(settings.rules['ad-tone'].enabled).toBe(false);
    expect(settings.rules.shouting.severity).toBe(defaultSettings().rules.shouting.severity);
    expect(settings.sites).toEqual({ x: true, facebook: true, linkedin: false });
    expect(settings.phrases.custom.map((p) => p.phrase)).toEqual(Array.from({ length: 100 }, (_, i) => `valid phrase ${i * 5}`));
    expect(settings.phrases.allowed).toEqual(['Free Spirit', 'Happy Hour']);
    expect(repaired.length).toBeGreaterThanOrEqual(401);
  });
});
