// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { looksLikePath } from '../../../src/cli/input';
import { parseTime } from '../../../src/cli/time';

describe('parseArgs', () => {
  it.each([
    [[], { command: 'lint', platform: 'x', kind: 'post', positionals: [], batch: false }],
    [['-p', 'facebook', '--kind=reply', 'hi'], { platform: 'facebook', kind: 'reply', positionals: ['hi'] }],
    [['--history', 'h.jsonl', '--now=2026-12-01', '-c', 's.json', '-f', 'json'], { history: 'h.jsonl', now: '2026-12-01', config: 's.json', format: 'json' }],
    [['--text', '--not-a-flag'], { text: '--not-a-flag', positionals: [] }],
    [['--jsonl', '-'], { batch: true, positionals: ['-'] }],
    [['calendar', 'plan.csv'], { command: 'calendar', positionals: ['plan.csv'] }],
    [['plan.csv', 'calendar'], { command: 'lint', positionals: ['plan.csv', 'calendar'] }],
    [['--', '--help', '-x'], { help: false, positionals: ['--help', '-x'] }],
    [['-p', 'x', '-p', 'linkedin'], { platform: 'linkedin' }],
    [['-h', '-v'], { help: true, version: true }],
  ] as const)('%j', (argv, expected) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.options).toMatchObject(expected);
  });

  it.each([
    [['--nope'], 'unknown option --nope'],
    [['--nope=1'], 'unknown option --nope'],
    [['-kx'], 'unknown option -kx'],
    [['--kind', 'story'], '--kind: expected one of post, reply, comment (got "story")'],
    [['--now'], '--now needs a value'],
  ])('%j fails', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('looksLikePath (a missing one is an error, not a one-word post)', () => {
  it.each([
    ['drafts/post.txt', true],
    ['post.md', true],
    ['C:\\drafts\\post', true],
    ['Node.js', true],
    ['BUY NOW', false],
    ['https://shop.example.com/sale', false],
    ['v2.0', false],
    ['Thanks!', false],
    ['see ./notes.txt', false],
  ])('%s → %s', (arg, expected) => {
    expect(looksLikePath(arg)).toBe(expected);
  });
});

describe('parseTime', () => {
  it.each([
    ['2026-12-01', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T09:30', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01 09:30:15', '2026-12-01T09:30:15.000Z'],
    ['2026-12-01T09:30:15.25Z', '2026-12-01T09:30:15.250Z'],
    ['2026-12-01T09:30:00+01:00', '2026-12-01T08:30:00.000Z'],
    ['2026-12-01T09:30:00-0530', '2026-12-01T15:00:00.000Z'],
    ['  2026-12-01t09:30z ', '2026-12-01T09:30:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(new Date(parseTime(text)!).toISOString()).toBe(iso);
  });

  it.each(['', '1', 'tomorrow', '2026-02-30', '2026-13-01', '2026-12-01T24:00', '01/12/2026', '2026-12-01T09:30:61', '0099-01-01'])(
    '%j is not a time',
    (text) => {
      expect(parseTime(text)).toBeNull();
    },
  );
});
