// @vitest-environment node
/**
 * The real entry points as separate processes: `tsx src/cli/main.ts` (the `npm run postlint`
 * script) and the built bundle through bin/postlint.js, with real stdin, stdout and exit codes.
 * The bundle is built into a temporary directory so the test never touches the repository's dist/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const temp = mkdtempSync(join(tmpdir(), 'postlint-cli-'));
const allOff = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])) });

function spawn(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { cwd: temp, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  writeFileSync(join(temp, 'off.json'), allOff);
  writeFileSync(join(temp, 'bad.json'), '{"rules":{"ad-tone":{"severity":"loud"}}}');
  // A copy of the package layout: bin/postlint.js next to dist/cli.js.
  mkdirSync(join(temp, 'pkg/bin'), { recursive: true });
  copyFileSync(join(root, 'bin/postlint.js'), join(temp, 'pkg/bin/postlint.js'));
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--outfile', join(temp, 'pkg/dist/cli.js')], { encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 60_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each([
  ['tsx src/cli/main.ts', tsx, [join(root, 'src/cli/main.ts')]],
  ['bin/postlint.js + bundle', process.execPath, [join(temp, 'pkg/bin/postlint.js')]],
])('%s', (_name, command, prefix) => {
  it('reads piped stdin and prints json', { timeout: 60_000 }, () => {
    const { code, out, err } = spawn(command, [...prefix, '-c', 'off.json', '--format', 'json'], 'BUY NOW!!!\n');
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual([]);
    expect(code).toBe(0);
  });

  it('prints stylish and runs batch mode from stdin', { timeout: 60_000 }, () => {
    expect(spawn(command, [...prefix, '-c', 'off.json', 'hello']).out).toBe('✔ no problems\n');
    const batch = spawn(command, [...prefix, '--jsonl', '-c', 'off.json'], '{"text":"a"}\n{"text":"b","platform":"myspace"}\n');
    expect(batch.out.trimEnd().split('\n')).toEqual([
      '{"index":0,"diagnostics":[]}',
      '{"index":1,"error":"line 2: platform: Invalid option: expected one of \\"x\\"|\\"facebook\\"|\\"linkedin\\""}',
    ]);
    expect(batch.code).toBe(2);
  });

  it('exits 2 with a message, no stack trace, on bad input', { timeout: 60_000 }, () => {
    expect(spawn(command, [...prefix, '--history', 'posts.jsonl', 'hi'])).toEqual({ code: 2, out: '', err: 'postlint: cannot read posts.jsonl: no such file\n' });
    const bad = spawn(command, [...prefix, '-c', 'bad.json', 'hi']);
    expect(bad.err).toBe('postlint: bad.json: rules.ad-tone.severity: Invalid option: expected one of "info"|"warning"|"error"\n');
    expect(bad.code).toBe(2);
  });

  it('prints the version', { timeout: 60_000 }, () => {
    expect(spawn(command, [...prefix, '--version']).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

it('bin/postlint.js says how to build when dist/cli.js is missing', () => {
  mkdirSync(join(temp, 'unbuilt/bin'), { recursive: true });
  copyFileSync(join(root, 'bin/postlint.js'), join(temp, 'unbuilt/bin/postlint.js'));
  expect(spawn(process.execPath, [join(temp, 'unbuilt/bin/postlint.js'), 'hi'])).toEqual({
    code: 2,
    out: '',
    err: 'postlint: not built yet — run `npm run build` (or `npm run build:cli`)\n',
  });
});
