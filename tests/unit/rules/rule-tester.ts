/**
 * One tester for every rule's table (like ESLint's RuleTester): `valid` texts the rule leaves
 * alone, `invalid` texts with the findings expected, each with its spans (as offsets or as the
 * quoted words), severity and message. `lintRule` runs one case for the tests a table cannot hold.
 */
import { describe, expect, it } from 'vitest';
import { lint, ruleById, settingsSchema, type Diagnostic, type HistoryPost, type Kind, type Platform, type Severity, type SettingsInput, type Span } from '../../../src/lint';

/** One draft to lint, with what surrounds it. */
export interface RuleCase {
  text: string;
  platform?: Platform;
  kind?: Kind;
  history?: HistoryPost[];
  /** Epoch ms or an ISO time; 0 by default. */
  now?: number | string;
  /** This rule's options. */
  options?: Record<string, unknown>;
  /** Whole settings (phrases, other rules); `options` is merged into them. */
  settings?: SettingsInput;
  /** Shown in the test name instead of the text. */
  name?: string;
}

/** What one finding must be; left-out fields are not checked. */
export interface ExpectedFinding {
  severity?: Severity;
  /** Offsets, or the words each span covers. */
  spans?: readonly (Span | string)[];
  message?: RegExp | string;
  evidence?: RegExp | string;
  suggestion?: RegExp | string;
  details?: RegExp | string;
}

export interface InvalidCase extends RuleCase {
  expect: readonly ExpectedFinding[];
}

export interface RuleTable {
  /** Fields every case of the table shares unless it sets them. */
  defaults?: Omit<RuleCase, 'text'>;
  valid?: readonly (string | RuleCase)[];
  invalid?: readonly InvalidCase[];
}

/** The findings of one rule on one case. */
export function lintRule(ruleId: string, c: RuleCase): Diagnostic[] {
  if (!ruleById(ruleId)) throw new Error(`no rule ${ruleId}`);
  const input: SettingsInput = { ...c.settings };
  if (c.options) input.rules = { ...input.rules, [ruleId]: { ...input.rules?.[ruleId], options: c.options } };
  const now = typeof c.now === 'string' ? Date.parse(c.now) : (c.now ?? 0);
  const draft = { text: c.text, platform: c.platform ?? 'x', kind: c.kind ?? 'post' };
  return lint(draft, { now, history: c.history ?? [] }, settingsSchema.parse(input)).filter((d) => d.ruleId === ruleId);
}

/** The words each span of a finding covers. */
export const quotedSpans = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end));

function matches(actual: string | undefined, expected: RegExp | string | undefined, what: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual, what).toBe(expected);
  else expect(actual, what).toMatch(expected);
}

/** Checks `found` against `expected`: as many findings, each as described, in order. */
export function expectFindings(text: string, found: readonly Diagnostic[], expected: readonly ExpectedFinding[]): void {
  expect(found.length, `findings: ${JSON.stringify(found.map((d) => d.message))}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const d = found[i];
    if (e.severity) expect(d.severity, 'severity').toBe(e.severity);
    if (e.spans) {
      const words = e.spans.every((s) => typeof s === 'string');
      expect(words ? quotedSpans(text, d.spans) : d.spans, 'spans').toEqual(e.spans);
    }
    matches(d.message, e.message, 'message');
    matches(d.evidence, e.evidence, 'evidence');
    matches(d.suggestion, e.suggestion, 'suggestion');
    matches(d.details, e.details, 'details');
  });
}

const label = (c: RuleCase) => c.name ?? JSON.stringify(c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text);
const describeCase = (c: RuleCase) => [label(c), c.platform, c.kind, c.options && JSON.stringify(c.options)].filter(Boolean).join(' ');

/** Declares the table's tests: each valid case yields no finding, each invalid case exactly those expected. */
export function testRule(ruleId: string, table: RuleTable): void {
  const withDefaults = <C extends RuleCase>(c: C): C => ({ ...table.defaults, ...c });
  describe(`${ruleId} (table)`, () => {
    const valid = (table.valid ?? []).map((c) => withDefaults(typeof c === 'string' ? { text: c } : c));
    const invalid = (table.invalid ?? []).map(withDefaults);
    if (valid.length) {
      it.each(valid.map((c) => [describeCase(c), c] as const))('valid: %s', (_name, c) => {
        expect(lintRule(ruleId, c)).toEqual([]);
      });
    }
    if (invalid.length) {
      it.each(invalid.map((c) => [describeCase(c), c] as const))('invalid: %s', (_name, c) => {
        expectFindings(c.text, lintRule(ruleId, c), c.expect);
      });
    }
  });
}
