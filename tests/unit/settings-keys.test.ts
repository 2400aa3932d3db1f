import { describe, expect, it } from 'vitest';
import { describeUnknownKey, unknownSettingsKeys } from '../../src/lint/settings-keys';

describe('unknownSettingsKeys', () => {
  it('names misspelt keys at every depth with the closest known key', () => {
    const raw = {
      rules: { 'ad-tone': { enabeld: false, options: { treshold: 3 } }, 'posting-frequency': { options: { linkedin: { perDya: 1 } } } },
      sitez: {},
      phrases: { custom: [{ phrase: 'x', wieght: 2 }] },
      goals: { x: { postsPerWek: 3 } },
    };
    expect(unknownSettingsKeys(raw).map(describeUnknownKey)).toEqual([
      'rules.ad-tone.enabeld: unknown setting (did you mean "enabled"?)',
      'rules.ad-tone.options.treshold: unknown setting (did you mean "threshold"?)',
      'rules.posting-frequency.options.linkedin.perDya: unknown setting (did you mean "perDay"?)',
      'sitez: unknown setting (did you mean "sites"?)',
      'phrases.custom[0].wieght: unknown setting (did you mean "weight"?)',
      'goals.x.postsPerWek: unknown setting (did you mean "postsPerWeek"?)',
    ]);
  });

  it('finds nothing in valid settings, and offers no suggestion for a key unlike any', () => {
    expect(unknownSettingsKeys({ rules: { shouting: { enabled: false } }, sites: { x: true }, week: { firstDay: 0 } })).toEqual([]);
    expect(unknownSettingsKeys({ zzzzzzzz: 1 })).toEqual([{ path: 'zzzzzzzz', suggestion: undefined }]);
    expect(unknownSettingsKeys('not an object')).toEqual([]);
  });

  it('names "__proto__", "constructor" and "toString" as unknown keys instead of throwing', () => {
    const raw = JSON.parse('{"__proto__": [], "rules": {"constructor": {"enabled": false}}, "sites": {"toString": 1}}');
    expect(unknownSettingsKeys(raw).map((k) => k.path)).toEqual(['__proto__', 'rules.constructor', 'sites.toString']);
  });
});
