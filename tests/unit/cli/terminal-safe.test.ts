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

describe('control characters in every plain-text output', () => {
  const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const TITLE = '\u001b]0;owned\u0007';

  it('postlint summary quotes posts with their control characters escaped', async () => {
    const { main } = await import('../../../src/cli/main');
    const { fakeIO, TEST_NOW } = await import('./fake-io');
    const post = (day: number, text: string) => ({ text, platform: 'x', publishedAt: `2026-11-2${day}T09:00:00Z` });
    const lines = [post(3, `FLASH SALE 40% OFF ${TITLE} today only, shop now!`), post(4, `FLASH SALE 40% OFF ${TITLE} today only, shop now!!`)];
    const io = fakeIO({ files: { 'p.jsonl': lines.map((l) => JSON.stringify(l)).join('\n') }, now: TEST_NOW });
    expect(await main(['summary', '--history', 'p.jsonl', '--tz', 'UTC'], io)).toBe(0);
    expect(io.out).toContain('Repeated promotions');
    expect(io.out).toContain('\\x1b]0;owned\\x07');
    expect(io.out).not.toMatch(RAW_CONTROL);
  }, 30_000);

  it('stderr lines that quote a file name or a bad line are escaped too', async () => {
    const { main } = await import('../../../src/cli/main');
    const { fakeIO } = await import('./fake-io');
    const name = `drafts${TITLE}.jsonl`;
    const io = fakeIO({ files: { [name]: `{"text": 1}\nnot json \u001b[2J\n` } });
    await main(['--jsonl', name], io);
    expect(io.err).toContain('drafts\\x1b]0;owned\\x07.jsonl:2');
    expect(io.err).not.toMatch(RAW_CONTROL);
    const history = fakeIO({ stdin: 'hello', files: { 'h.jsonl': `oops \u009b2J\n` } });
    await main(['--history', 'h.jsonl'], history);
    expect(history.err).toContain('(line skipped)');
    expect(history.err).not.toMatch(RAW_CONTROL);
  }, 30_000);
});
