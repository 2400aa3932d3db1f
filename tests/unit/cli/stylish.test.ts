// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatStylish, oneLine } from '../../../src/cli/format/stylish';
import { positionFinder } from '../../../src/cli/format/position';
import type { Report } from '../../../src/cli/report';
import type { Diagnostic } from '../../../src/lint/types';

const d = (ruleId: string, severity: Diagnostic['severity'], message: string, start?: number): Diagnostic => ({
  ruleId,
  severity,
  message,
  spans: start === undefined ? [] : [{ start, end: start + 1 }],
});

const report = (outcomes: Report['outcomes']): Report => ({ outcomes, records: [], unit: 'row' });

describe('formatStylish', () => {
  it('aligns columns across a heading and puts whole-post findings at 0:0', () => {
    const text = 'first line\r\nsecond line 🙂 and more\nthird';
    const out = formatStylish(
      report([{ heading: 'plan.csv:3 (2026-12-01, linkedin)', text, diagnostics: [d('empty-post', 'info', 'Say something', undefined), d('ad-tone', 'warning', 'Reads like an ad', 27), d('shouting', 'error', 'Loud', 37)] }]),
      { color: false },
    );
    expect(out).toBe(
      [
        'plan.csv:3 (2026-12-01, linkedin)',
        '  0:0   info     Say something     empty-post',
        '  2:16  warning  Reads like an ad  ad-tone',
        '  3:2   error    Loud              shouting',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('skips units without findings and counts bad ones in the summary', () => {
    const out = formatStylish(
      report([
        { heading: 'a', text: 'x', diagnostics: [] },
        { heading: 'b', error: 'platform: empty' },
        { heading: 'c', text: 'x', diagnostics: [d('shouting', 'warning', 'Loud\nvery', 0)] },
      ]),
      { color: false },
    );
    expect(out).toBe('c\n  1:1  warning  Loud very  shouting\n\n✖ 1 problem (0 errors, 1 warning, 0 infos), 1 bad row skipped\n');
  });

  it.each([
    [[], false, '✔ no problems\n'],
    [[{ heading: 'b', error: 'bad' }, { heading: 'c', error: 'bad' }], false, '✖ 0 problems (0 errors, 0 warnings, 0 infos), 2 bad rows skipped\n'],
    [[], true, '\u001b[1m\u001b[32m✔ no problems\u001b[39m\u001b[22m\n'],
  ] as const)('summary %#', (outcomes, color, expected) => {
    expect(formatStylish(report([...outcomes]), { color })).toBe(expected);
  });
});

describe('positionFinder', () => {
  it('counts LF, CRLF and CR as one line break each, columns in UTF-16 units', () => {
    const at = positionFinder('ab\ncd\r\nef\rg🙂h');
    expect([0, 2, 3, 4, 7, 10, 11, 13].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
      { line: 4, column: 4 },
    ]);
  });
});

describe('oneLine (the linear form of the old /\\s*\\n\\s*/g replace)', () => {
  const old = (m: string) => m.replace(/\s*\n\s*/g, ' ');
  it.each([['a \n b', 'a b'], ['a\n\n\tb', 'a b'], ['a   b', 'a   b'], ['a\r\nb', 'a b'], [' \n', ' '], ['a b\u00a0\nc', 'a b c']])('%j → %j', (input, want) => {
    expect(oneLine(input)).toBe(want);
    expect(oneLine(input)).toBe(old(input));
  });

  it('gives what the old pattern gave, on any mix of words and white space', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u2028', 'a', 'bc', '.');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (m) => oneLine(m) === old(m)), { numRuns: 500 });
  });

  it('handles 100,000 spaces without a break in one pass', () => {
    const spaces = ' '.repeat(100_000);
    expect(oneLine(`a${spaces}b`)).toBe(`a${spaces}b`);
  });
});
