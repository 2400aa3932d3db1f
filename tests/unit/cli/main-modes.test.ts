// @vitest-environment node
/**
 * The CLI's modes end to end, in-process, with stand-in rules (./probe-rules.ts) so the assertions
 * are about what the CLI reads, hands to the core and prints, not about how the real rules score.
 */
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIO, jsonLines, type FakeIOOptions } from './fake-io';

vi.mock('../../../src/lint/registry', async () => {
  const { PROBE_RULES } = await import('./probe-rules');
  return { RULES: PROBE_RULES, ruleById: (id: string) => PROBE_RULES.find((r) => r.id === id) };
});

async function cli(argv: string[], options: FakeIOOptions = {}) {
  const io = fakeIO(options);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const contextOf = (diagnostics: Array<{ ruleId: string; message: string }>) =>
  diagnostics.find((d) => d.ruleId === 'probe-context')?.message;

describe('one draft', () => {
  it('prints stylish output: name, line:col severity message rule, summary', async () => {
    const { code, out, err } = await cli(['Hi WARN\nthen ERROR']);
    expect(out).toBe(
      [
        '<text>',
        '  0:0  info     x/post len=18 at 2026-11-24T09:00:00.000Z history=[]  probe-context',
        '  1:4  warning  WARN is risky                                         probe-warn',
        '  2:6  error    ERROR must go                                         probe-error',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    expect(err).toBe('');
    expect(code).toBe(1);
  });

  it.each([
    ['text argument', ['Hi WARN'], {}, '<text>', 'x/post len=7'],
    ['piped stdin, final newline dropped', [], { stdin: 'Hi WARN\n' }, '<stdin>', 'x/post len=7'],
    ['"-" reads stdin', ['-'], { stdin: 'Hi WARN' }, '<stdin>', 'x/post len=7'],
    ['an existing FILE, BOM and final CRLF dropped', ['draft.txt'], { files: { 'draft.txt': '\uFEFFHi WARN\r\n' } }, 'draft.txt', 'x/post len=7'],
    ['--text even when it names a file', ['--text', 'draft.txt'], { files: { 'draft.txt': 'WARN' } }, '<text>', 'x/post len=9'],
    ['text after --', ['--', '-20% WARN'], {}, '<text>', 'x/post len=9'],
    ['--platform and --kind', ['-p', 'linkedin', '--kind=comment', 'Hi WARN'], {}, '<text>', 'linkedin/comment len=7'],
  ] as const)('reads the draft from: %s', async (_name, argv, io, heading, context) => {
    const { code, out, err } = await cli([...argv], io);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(heading);
    expect(out).toContain(context);
  });

  it('passes --now and --history to the core; a bad history line is named on stderr and skipped', async () => {
    const history = [
      '{"text":"first","platform":"x","publishedAt":"2026-11-20T09:00:00Z"}',
      '',
      '{"text":"broken","platform":"x","publishedAt":"last week"}',
      '{"text":"second","platform":"linkedin","publishedAt":"2026-11-21T09:00:00Z","kind":"comment"}',
      '{not json',
    ].join('\n');
    const { code, out, err } = await cli(['--history', 'posts.jsonl', '--now', '2026-12-01T10:30:00+01:00', '--format', 'json', 'hello'], {
      files: { 'posts.jsonl': history },
    });
    expect(code).toBe(0);
    expect(contextOf(JSON.parse(out))).toBe('x/post len=5 at 2026-12-01T09:30:00.000Z history=[first; second]');
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^postlint: posts\.jsonl:3: publishedAt: not a date/);
    expect(lines[1]).toMatch(/^postlint: posts\.jsonl:5: not valid JSON/);
  });

  it('reads the clock once when --now is not given', async () => {
    const { out } = await cli(['-f', 'json', 'hi'], { now: Date.UTC(2030, 0, 2, 3, 4, 5) });
    expect(contextOf(JSON.parse(out))).toContain('at 2030-01-02T03:04:05.000Z');
  });

  it.each([
    ['warnings only', ['WARN'], {}, 0],
    ['an error', ['ERROR'], {}, 1],
    ['the error rule turned down to warning', ['-c', 's.json', 'ERROR'], { files: { 's.json': '{"rules":{"probe-error":{"severity":"warning"}}}' } }, 0],
    ['the error rule turned off', ['-c', 's.json', 'ERROR'], { files: { 's.json': '{"rules":{"probe-error":{"enabled":false}}}' } }, 0],
    ['a rule that throws: internal error, no stack trace', ['THROW'], {}, 2],
  ] as const)('exit code with %s', async (_name, argv, io, expected) => {
    const { code, err } = await cli([...argv], io);
    expect(code).toBe(expected);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('says what broke when a rule throws', async () => {
    expect((await cli(['THROW'])).err).toBe('postlint: internal error: a rule bug\n');
  });

  it('prints json (an array of diagnostics) and jsonl (one diagnostic a line)', async () => {
    const json = JSON.parse((await cli(['-f', 'json', 'WARN ERROR'])).out);
    expect(json.map((d: { ruleId: string }) => d.ruleId)).toEqual(['probe-context', 'probe-warn', 'probe-error']);
    expect(json[1]).toEqual({ ruleId: 'probe-warn', severity: 'warning', message: 'WARN is risky', spans: [{ start: 0, end: 4 }] });
    const lines = jsonLines((await cli(['-f', 'jsonl', 'WARN ERROR'])).out);
    expect(lines).toEqual(json);
  });

  it('colours stylish output only on a terminal without NO_COLOR', async () => {
    expect((await cli(['WARN'], { stdoutIsTTY: true })).out).toContain('\u001b[33mwarning');
    expect((await cli(['WARN'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await cli(['WARN'], { stdoutIsTTY: false })).out).not.toContain('\u001b[');
  });

  it('lints a 1 MB draft and reports positions on its last line', async () => {
    const text = `${'Helpful tip about sourdough starters.\n'.repeat(27_000)}ERROR`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const { code, out, err } = await cli([], { stdin: text });
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('  27001:1  error');
  });
});

describe('--jsonl batch mode', () => {
  const drafts = [
    '{"text":"fine"}',
    '{"text":"WARN","platform":"facebook","kind":"comment"}',
    '',
    '{"text":"x","platform":"twitter"}',
    'not json',
    '{"platform":"x"}',
    '{"text":"ERROR","now":"2026-12-24","history":[{"text":"own","platform":"x","publishedAt":"2026-12-23T10:00:00Z"}]}',
    '{"text":"at publish time","publishedAt":"2026-12-25T08:00:00Z"}',
    '{"text":"THROW"}',
    '{"text":"last"}',
  ].join('\n');
  const files = {
    'drafts.jsonl': drafts,
    'posts.jsonl': '{"text":"from --history","platform":"x","publishedAt":"2026-11-01T00:00:00Z"}\n',
  };

  it('prints one result a line, a bad line as {index, error} on stdout and stderr, and goes on', async () => {
    const { code, out, err } = await cli(['--jsonl', '--history', 'posts.jsonl', 'drafts.jsonl'], { files });
    const results = jsonLines(out) as Array<{ index: number; error?: string; diagnostics?: Array<{ ruleId: string; message: string }> }>;
    expect(results.map((r) => r.index)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9]);
    expect(results[2]).toEqual({ index: 3, error: 'line 4: platform: Invalid option: expected one of "x"|"facebook"|"linkedin"' });
    expect(results[3].error).toMatch(/^line 5: not valid JSON/);
    expect(results[4]).toEqual({ index: 5, error: 'line 6: text: missing (every line needs the draft text)' });
    expect(results[7].error).toBe('line 9: could not lint this line: a rule bug');
    expect(err.trimEnd().split('\n')).toEqual([
      'postlint: drafts.jsonl:4: platform: Invalid option: expected one of "x"|"facebook"|"linkedin"',
      expect.stringMatching(/^postlint: drafts\.jsonl:5: not valid JSON/),
      'postlint: drafts.jsonl:6: text: missing (every line needs the draft text)',
      'postlint: drafts.jsonl:9: could not lint this line: a rule bug',
      // Told once for the whole batch: the first time without an offset, the others counted.
      'postlint: drafts.jsonl:7: now: "2026-12-24" has no UTC offset; read as UTC (2026-12-24T00:00:00.000Z)',
    ]);
    // Lines default to --platform/--kind and --history/--now; a line's own fields replace them.
    expect(contextOf(results[0].diagnostics!)).toBe('x/post len=4 at 2026-11-24T09:00:00.000Z history=[from --history]');
    expect(contextOf(results[1].diagnostics!)).toBe('facebook/comment len=4 at 2026-11-24T09:00:00.000Z history=[from --history]');
    expect(contextOf(results[5].diagnostics!)).toBe('x/post len=5 at 2026-12-24T00:00:00.000Z history=[own]');
    expect(contextOf(results[6].diagnostics!)).toContain('at 2026-12-25T08:00:00.000Z history=[from --history]');
    expect(results[8].diagnostics).toBeDefined();
    expect(code).toBe(2);
  });

  it.each([
    ['all clean', '{"text":"fine"}\n{"text":"WARN"}\n', 0],
    ['an error diagnostic', '{"text":"fine"}\n{"text":"ERROR"}\n', 1],
    ['a bad line beats an error diagnostic', '{"text":"ERROR"}\n{"text":1}\n', 2],
  ])('exit code: %s', async (_name, stdin, expected) => {
    expect((await cli(['--jsonl'], { stdin })).code).toBe(expected);
  });

  it('reads stdin, takes --platform as the default, and prints json as one array', async () => {
    const { out } = await cli(['--jsonl', '-p', 'linkedin', '-f', 'json'], { stdin: '{"text":"a"}\r\n{"text":"b","platform":"x"}\r\n' });
    const results = JSON.parse(out);
    expect(results.map((r: { index: number }) => r.index)).toEqual([0, 1]);
    expect(contextOf(results[0].diagnostics)).toMatch(/^linkedin\/post len=1 /);
    expect(contextOf(results[1].diagnostics)).toMatch(/^x\/post len=1 /);
  });

  it('prints stylish with a heading per line', async () => {
    const { out } = await cli(['--jsonl', '-f', 'stylish', 'drafts.jsonl'], { files: { 'drafts.jsonl': '{"text":"ok"}\n\n{"text":"a\\nWARN"}\n{"text":2}' } });
    expect(out).toContain('drafts.jsonl:3\n');
    expect(out).toContain('  2:1  warning  WARN is risky');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (0 errors, 1 warning, 2 infos), 1 bad line skipped');
  });
});

describe('calendar', () => {
  const plan = [
    'Platform,Notes,DATE,Text',
    'linkedin,ignored,2026-12-03,third by date',
    'linkedin,,2026-12-01 09:00,"first by date, ""quoted""',
    'with a line break"',
    'x,,2026-12-02T12:00:00Z,second by date WARN',
    'linkedin,,2026-12-01 09:00,same time as the first',
    'myspace,,2026-12-04,bad platform',
    'x,,next week,bad date',
    'facebook,,2026-12-05,   ',
    ',,,',
  ].join('\r\n');
  const files = {
    'plan.csv': plan,
    'posts.jsonl': '{"text":"published","platform":"linkedin","publishedAt":"2026-11-30T09:00:00Z"}\n',
  };

  it('lints each row at its date against the history and the plan\'s earlier rows', async () => {
    const { code, out, err } = await cli(['calendar', 'plan.csv', '--history', 'posts.jsonl', '-f', 'json'], { files });
    const results = JSON.parse(out) as Array<{ row: number; date?: string; platform?: string; error?: string; diagnostics?: Array<{ ruleId: string; message: string }> }>;
    expect(results.map((r) => r.row)).toEqual([2, 3, 5, 6, 7, 8, 9]);
    const context = (row: number) => contextOf(results.find((r) => r.row === row)!.diagnostics!);
    expect(context(3)).toBe('linkedin/post len=42 at 2026-12-01T09:00:00.000Z history=[published]');
    expect(context(6)).toBe('linkedin/post len=22 at 2026-12-01T09:00:00.000Z history=[published; first by date, "quoted"\r\nwith a line break]');
    expect(context(5)).toMatch(/^x\/post .* at 2026-12-02T12:00:00\.000Z history=\[published; first by date.*; same time as the first\]$/s);
    expect(context(2)).toMatch(/at 2026-12-03T00:00:00\.000Z history=\[published; first.*; same time as the first; second by date WARN\]$/s);
    expect(results[0]).toMatchObject({ row: 2, date: '2026-12-03', platform: 'linkedin' });
    expect(results.slice(4)).toEqual([
      { row: 7, error: 'row 7: platform: "myspace" is not one of x, facebook, linkedin' },
      { row: 8, error: expect.stringMatching(/^row 8: date: "next week" is not a date/) },
      { row: 9, error: 'row 9: text: empty' },
    ]);
    expect(err).toContain('postlint: plan.csv:7: platform: "myspace" is not one of x, facebook, linkedin\n');
    expect(err).toContain('postlint: plan.csv:9: text: empty\n');
    expect(code).toBe(2);
  });

  it('heads stylish output with the row, date and platform', async () => {
    const { out } = await cli(['calendar', 'plan.csv'], { files });
    expect(out).toContain('plan.csv:5 (2026-12-02T12:00:00Z, x)\n');
    expect(out).toContain('plan.csv:3 (2026-12-01 09:00, linkedin)\n');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^✖ 5 problems \(0 errors, 1 warning, 4 infos\), 3 bad rows skipped$/);
  });

  it.each([
    ['a clean plan', 'date,platform,text\n2026-12-01T09:00Z,x,hello\n', 0, ''],
    ['a date without an offset, read as UTC and said', 'date,platform,text\n2026-12-01,x,hello\n', 0, 'postlint: plan.csv:2: date: "2026-12-01" has no UTC offset; read as UTC (2026-12-01T00:00:00.000Z)\n'],
    ['an error in a row', 'date,platform,text\n2026-12-01T09:00+01:00,x,ERROR\n', 1, ''],
    ['a kind column', 'date,platform,text,kind\n2026-12-01Z,LinkedIn,hello,comment\n', 0, ''],
    ['a missing column', 'date,network,text\n2026-12-01,x,hello\n', 2, 'postlint: plan.csv: the header row needs the columns date, platform and text; missing platform (found: date, network, text)\n'],
    ['an empty file', '', 2, 'postlint: plan.csv: empty plan (expected a header row: date,platform,text)\n'],
    ['an unterminated quote', 'date,platform,text\n2026-12-01,x,"oops\n', 2, 'postlint: plan.csv:2: unterminated quoted field (opened on line 2)\n'],
  ])('%s', async (_name, csv, expected, stderr) => {
    const { code, err } = await cli(['calendar', 'plan.csv'], { files: { 'plan.csv': csv } });
    expect(err).toBe(stderr);
    expect(code).toBe(expected);
  });

  it('reports a row whose lint throws and goes on with the others', async () => {
    const { code, out, err } = await cli(['calendar', '-f', 'json', 'plan.csv'], { files: { 'plan.csv': 'date,platform,text\n2026-12-01,x,THROW\n2026-12-02,x,fine\n' } });
    const [bad, good] = JSON.parse(out);
    expect(bad).toEqual({ row: 2, error: 'row 2: could not lint this row: a rule bug' });
    // The row is still planned, so it still counts as history for later rows.
    expect(contextOf(good.diagnostics)).toBe('x/post len=4 at 2026-12-02T00:00:00.000Z history=[THROW]');
    expect(err).toBe(
      'postlint: plan.csv:2: date: "2026-12-01" has no UTC offset; read as UTC (2026-12-01T00:00:00.000Z) (and 1 more without an offset, also read as UTC)\n' +
        'postlint: plan.csv:2: could not lint this row: a rule bug\n',
    );
    expect(code).toBe(2);
  });

  it('reads the plan from stdin and prints jsonl', async () => {
    const { out } = await cli(['calendar', '-f', 'jsonl'], { stdin: 'date,platform,text,kind\n2026-12-01,LinkedIn,hello,comment\n' });
    const [result] = jsonLines(out) as Array<{ row: number; platform: string; diagnostics: Array<{ ruleId: string; message: string }> }>;
    expect(result).toMatchObject({ row: 2, date: '2026-12-01', platform: 'linkedin' });
    expect(contextOf(result.diagnostics)).toMatch(/^linkedin\/comment /);
  });
});
