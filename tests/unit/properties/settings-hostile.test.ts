// @vitest-environment node
/**
 * Settings parsing on anything storage or an imported file may hold: the lenient repair, the strict
 * parse, the unknown-key check and the sync layout never throw, and the repair keeps every valid
 * field however much garbage sits beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, parseSettings } from '../../../src/lint/settings';
import { describeUnknownKey, unknownSettingsKeys } from '../../../src/lint/settings-keys';
import { fromSyncItems, toSyncItems } from '../../../src/storage/sync-layout';
import { hostileString } from './hostile-text';

const garbage = fc.oneof(fc.anything({ maxDepth: 3 }), hostileString, fc.constant(null), fc.constant([]), fc.double());

describe('settings parsing on hostile input', () => {
  it('never throws on anything, and the repair always gives whole settings', () => {
    fc.assert(
      fc.property(fc.oneof(garbage, fc.dictionary(fc.constantFrom('rules', 'sites', 'phrases', 'week', 'goals', 'enabeld', '__proto__'), garbage)), (raw) => {
        const { settings } = loadSettings(raw);
        expect(parseSettings(settings).ok).toBe(true);
        parseSettings(raw);
        for (const key of unknownSettingsKeys(raw)) expect(typeof describeUnknownKey(key)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the valid fields beside any number of invalid ones', () => {
    const invalidPhrase = fc.oneof(garbage, fc.record({ phrase: fc.constant(''), weight: fc.constant(99) }));
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(invalidPhrase, { maxLength: 600 }),
        fc.array(hostileString.filter((s) => s.trim() !== '' && s.length < 80), { maxLength: 5 }),
        garbage,
        (adTone, linkedin, badPhrases, allowed, badSeverity) => {
          const { settings } = loadSettings({
            rules: { 'ad-tone': { enabled: adTone }, shouting: { severity: badSeverity } },
            sites: { linkedin },
            phrases: { custom: badPhrases, allowed },
            unknownField: badSeverity,
          });
          expect(settings.rules['ad-tone'].enabled).toBe(adTone);
          expect(settings.sites.linkedin).toBe(linkedin);
          expect(settings.sites.x).toBe(defaultSettings().sites.x);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('reads back whatever it lays out in storage.sync, hostile text included', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { maxLength: 20 }), (allowed) => {
        const raw = { phrases: { allowed, custom: [] }, sites: { x: false } };
        expect(fromSyncItems(toSyncItems(raw))).toEqual(raw);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary storage.sync items', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom('settings', 'settings.rules', 'settings.phrases', 'settings.phrases#0', 'settings.phrases#1'), fc.string()), garbage), (items) => {
        loadSettings(fromSyncItems(items) ?? {});
      }),
      { numRuns: 300 },
    );
  });
});
