// @vitest-environment node
/**
 * The CLI with the real rule registry: usage, help, unreadable and invalid input, settings, and
 * (where marked) behaviour that needs a real rule.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { RULES } from '../../../src/lint';
import packageJson from '../../../package.json';
import { fakeIO, jsonLines, type FakeIOOptions } from './fake-io';

async function cli(argv: string[], options: FakeIOOptions = {}) {
  const io = fakeIO(options);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Rules are written in parallel; a stub still says "TODO". Tests that need one run once it lands. */

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['calendar', '--help']])('%s prints the help, exit 0', async (...argv) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const section of ['Usage', 'Text or file?', 'Options', 'Output', 'Batch mode (--jsonl)', 'Calendar', 'Exit codes', 'Examples', 'Rules']) {
      expect(out).toContain(`\n${section}`);
    }
    for (const flag of ['--platform', '--kind', '--text', '--history', '--now', '--config', '--format', '--jsonl', '--version']) expect(out).toContain(flag);
    expect(out).toContain('duplicate-promotion');
  });

  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${packageJson.version}\n`, err: '' });
  });
});

describe('bad usage and unreadable input exit 2 with a clear message', () => {
  it.each<[string, string[], FakeIOOptions, string]>([
    ['unknown option', ['--colour', 'hi'], {}, 'postlint: unknown option --colour (see postlint --help)\n'],
    ['text that looks like an option', ['-20% today'], {}, 'postlint: unknown option -20% today (to lint text that starts with "-", use --text or put it after --) (see postlint --help)\n'],
    ['unknown platform', ['--platform', 'twitter', 'hi'], {}, 'postlint: --platform: expected one of x, facebook, linkedin (got "twitter") (see postlint --help)\n'],
    ['unknown format', ['--format=table', 'hi'], {}, 'postlint: --format: expected one of stylish, json, jsonl (got "table") (see postlint --help)\n'],
    ['a flag without its value', ['hi', '--history'], {}, 'postlint: --history needs a value (see postlint --help)\n'],
    ['too many arguments', ['BUY', 'NOW'], {}, 'postlint: too many arguments: "BUY" "NOW" (quote the text: postlint "BUY NOW")\n'],
    ['nothing to lint on a terminal', [], {}, 'postlint: nothing to lint: give the text, a FILE, or pipe it in (see postlint --help)\n'],
    ['a plan neither given nor piped', ['calendar'], {}, 'postlint: nothing to lint: give calendar a FILE or pipe it in (see postlint --help)\n'],
    ['a missing file that looks like a path', ['drafts/post.txt'], {}, 'postlint: cannot read drafts/post.txt: no such file (to lint these words as a post: postlint --text "drafts/post.txt")\n'],
    ['an unreadable file', ['draft.txt'], { unreadable: ['draft.txt'] }, 'postlint: cannot read draft.txt: permission denied\n'],
    ['a missing --history', ['--history', 'posts.jsonl', 'hi'], {}, 'postlint: cannot read posts.jsonl: no such file\n'],
    ['a missing --config', ['-c', 'settings.json', 'hi'], {}, 'postlint: cannot read settings.json: no such file\n'],
    ['a missing batch file', ['--jsonl', 'drafts.jsonl'], {}, 'postlint: cannot read drafts.jsonl: no such file\n'],
    ['a missing plan', ['calendar', 'plan.csv'], {}, 'postlint: cannot read plan.csv: no such file\n'],
    ['an invalid --now', ['--now', 'tomorrow', 'hi'], {}, 'postlint: --now: "tomorrow" is not a date (use ISO 8601, e.g. 2026-12-01, 2026-12-01T09:30 or 2026-12-01T09:30:00+01:00)\n'],
    ['--text with --jsonl', ['--jsonl', '--text', 'hi'], {}, 'postlint: --text cannot be used with --jsonl\n'],
    ['calendar with --jsonl', ['calendar', '--jsonl', 'plan.csv'], {}, 'postlint: calendar and --jsonl cannot be combined (see postlint --help)\n'],
    ['settings that are not JSON', ['-c', 's.json', 'hi'], { files: { 's.json': '{rules:' } }, 'postlint: s.json: not valid JSON ('],
  ])('%s', async (_name, argv, io, message) => {
    const { code, out, err } = await cli(argv, io);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(message)).toBe(true);
  });
});

describe('--config', () => {
  it('rejects invalid settings, one message per field', async () => {
    const settings = { rules: { 'ad-tone': { severity: 'loud' }, shouting: { enabled: 'no' } } };
    const { code, out, err } = await cli(['--config', 'settings.json', 'hi'], { files: { 'settings.json': JSON.stringify(settings) } });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toEqual([
      'postlint: settings.json: rules.ad-tone.severity: Invalid option: expected one of "info"|"warning"|"error"',
      expect.stringMatching(/^postlint: settings\.json: rules\.shouting\.enabled: /),
    ]);
  });

  it('accepts valid settings (with a BOM) and names unknown keys with the likeliest intended one', async () => {
    const settings = '\uFEFF{"rules":{"ad-tone":{"severity":"error","enabeld":false},"ad-ton":{"enabled":false}},"colour":1}';
    const { code, err } = await cli(['-c', 's.json', 'hi'], { files: { 's.json': settings } });
    expect(code).not.toBe(2);
    expect(err.trimEnd().split('\n')).toEqual([
      'postlint: s.json: rules.ad-tone.enabeld: unknown setting (did you mean "enabled"?), ignored',
      'postlint: s.json: rules.ad-ton: unknown setting (did you mean "ad-tone"?), ignored',
      'postlint: s.json: colour: unknown setting, ignored',
    ]);
  });
});

describe('output without findings', () => {
  it.each([
    ['stylish', [], '✔ no problems\n'],
    ['json', ['-f', 'json'], '[]\n'],
    ['jsonl', ['-f', 'jsonl'], ''],
  ])('%s', async (_name, flags, expected) => {
    // Every rule off, so the expectation holds whatever the real rules would flag.
    const off = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])) });
    const { code, out } = await cli([...flags, '-c', 'off.json', 'BUY NOW!!!'], { files: { 'off.json': off } });
    expect(out).toBe(expected);
    expect(code).toBe(0);
  });
});

it('lints 1 MB of text without crashing', async () => {
  const text = 'A helpful tip: water your plants in the morning. '.repeat(21_000);
  const { code, err, out } = await cli(['-f', 'json'], { stdin: text });
  expect(err).toBe('');
  expect([0, 1]).toContain(code);
  expect(Array.isArray(JSON.parse(out))).toBe(true);
});

// The assertions below depend on real rules.
describe('with the real posting-frequency rule', () => {
  it('flags the second LinkedIn post of a planned day, not the first', async () => {
    const plan = 'date,platform,text\n2026-12-01T09:00:00Z,linkedin,How we cut our delivery time in half\n2026-12-01T15:00:00Z,linkedin,Three lessons from our first year\n';
    const { out } = await cli(['calendar', '-f', 'json', 'plan.csv'], { files: { 'plan.csv': plan } });
    const [first, second] = JSON.parse(out) as Array<{ diagnostics: Array<{ ruleId: string }> }>;
    expect(first.diagnostics.map((d) => d.ruleId)).not.toContain('posting-frequency');
    expect(second.diagnostics.map((d) => d.ruleId)).toContain('posting-frequency');
  });

  it('uses a batch line\'s own history and now instead of --history', async () => {
    const today = (h: number) => `2026-12-01T0${h}:00:00Z`;
    const own = [1, 2].map((h) => ({ text: `post ${h}`, platform: 'linkedin', publishedAt: today(h) }));
    const line = JSON.stringify({ text: 'A third update today', platform: 'linkedin', now: today(3), history: own });
    const { out } = await cli(['--jsonl', '--history', 'none.jsonl'], { stdin: `${line}\n`, files: { 'none.jsonl': '' } });
    const [result] = jsonLines(out) as Array<{ diagnostics: Array<{ ruleId: string }> }>;
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('posting-frequency');
  });
});

describe('with the real length-limit rule', () => {
  it('a 300-character tweet is an error: exit 1', async () => {
    const { code, out } = await cli(['-f', 'json', 'a'.repeat(300)]);
    expect((JSON.parse(out) as Array<{ ruleId: string }>).map((d) => d.ruleId)).toContain('length-limit');
    expect(code).toBe(1);
  });
});
