import { describe, expect, it } from 'vitest';
import { countWarnings, DraftSession } from '../../../src/content/draft-session';
import type { Diagnostic } from '../../../src/lint/types';

const d = (ruleId: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ ruleId, severity, message: ruleId, spans: [] });

describe('DraftSession', () => {
  it('counts warnings and errors, not info', () => {
    expect(countWarnings([d('a'), d('b', 'error'), d('c', 'info')])).toBe(2);
  });

  it('heeded: edited after a warning was shown, published with fewer warnings than at the worst', () => {
    const s = new DraftSession();
    s.noteLint('BUY NOW', [d('ad-tone'), d('shouting')], [d('ad-tone'), d('shouting')]);
    s.noteLint('Buy now', [d('ad-tone')], [d('ad-tone')]);
    expect(s.heeded([d('ad-tone')])).toBe(true);
  });

  it('not heeded when published as warned, or never warned', () => {
    const warned = new DraftSession();
    warned.noteLint('BUY NOW', [d('ad-tone')], [d('ad-tone')]);
    expect(warned.heeded([d('ad-tone')])).toBe(false);
    const clean = new DraftSession();
    clean.noteLint('Hello', [], []);
    clean.noteLint('Hello there', [], []);
    expect(clean.heeded([])).toBe(false);
  });

  it('ignoring a rule hides it but is not heeding it', () => {
    const s = new DraftSession();
    s.ignoredRules.add('ad-tone');
    s.noteLint('BUY NOW', [d('ad-tone')], s.visible([d('ad-tone')]));
    s.noteLint('BUY NOW!', [d('ad-tone')], s.visible([d('ad-tone')]));
    expect(s.visible([d('ad-tone'), d('x')]).map((x) => x.ruleId)).toEqual(['x']);
    expect(s.heeded([d('ad-tone')])).toBe(false);
  });

  it('sums composing time with long pauses capped, and resets', () => {
    const s = new DraftSession();
    s.noteEdit(0);
    s.noteEdit(1000);
    s.noteEdit(1000 + 3_600_000);
    expect(s.composingTimeMs).toBe(31_000);
    s.ignoredRules.add('a');
    s.reset();
    expect(s.composingTimeMs).toBe(0);
    expect(s.ignoredRules.size).toBe(0);
  });
});
