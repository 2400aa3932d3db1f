import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/cli/format/terminal-safe';
import { formatStylish } from '../../../src/cli/format/stylish';

describe('terminalSafe', () => {
  it.each([
    ['title escape', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['clear screen', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['C1 CSI and DEL', '\u009b31m\u007f', '\\x9b31m\\x7f'],
    ['bidi override', 'abc\u202edcba', 'abc\\u{202e}dcba'],
    ['carriage return', 'ok\rfake', 'ok\\x0dfake'],
    ['plain text, tab and emoji stay', 'Café\t👩‍🍳 50% off', 'Café\t👩‍🍳 50% off'],
  ])('%s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('keeps stylish output free of raw control characters from a draft', () => {
    const text = 'BUY \u001b]0;owned\u0007 NOW';
    const out = formatStylish(
      {
        unit: 'draft',
        outcomes: [{ heading: 'draft \u001b[2J', text, diagnostics: [{ ruleId: 'ad-tone', severity: 'warning', message: `'${text}' reads like an ad`, spans: [] }] }],
      } as never,
      { color: false },
    );
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('\\x1b]0;owned\\x07');
    expect(out).toContain('draft \\x1b[2J');
  });
});
