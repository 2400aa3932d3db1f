/**
 * What the built extension may do, pinned: the manifest's permissions and host access (Chrome and
 * Firefox builds) are exactly the lists the README justifies, and no built script holds `eval`,
 * `new Function` or code from a remote URL. Here rather than in the unit run because the browser
 * tests build the extension anyway; the Firefox build is made by this file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../harness/paths';

/** The permissions the README's "Privacy and data" section justifies, one by one. */
export const EXPECTED_PERMISSIONS = ['storage', 'unlimitedStorage'];
/** The only pages PostLint runs on: its three sites (twitter.com still serves X). */
export const EXPECTED_HOSTS = ['https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*', 'https://x.com/*'];

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv3');
const read = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
const scripts = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(m?js|html)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));

let builds: Record<'chrome' | 'firefox', string>;
beforeAll(() => {
  const wxt = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const r = spawnSync(process.execPath, [wxt, 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxt build -b firefox --mv3 failed:\n${r.stdout}\n${r.stderr}`);
  builds = { chrome: inject('postlintE2E').extensionDir, firefox: FIREFOX_DIR };
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('the %s build', (browser) => {
  it('asks for exactly the permissions the README justifies', () => {
    expect([...(read(builds[browser]).permissions ?? [])].sort()).toEqual([...EXPECTED_PERMISSIONS].sort());
  });

  it('runs on the three sites only, with nothing optional and no way in from outside', () => {
    const m = read(builds[browser]);
    const hosts = new Set([...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)]);
    expect([...hosts].sort()).toEqual(EXPECTED_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    // No page or other extension may reach in, and the default CSP (no remote code) stands.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it('holds no eval, no new Function and no script from a remote URL', () => {
    const found: string[] = [];
    for (const file of scripts(builds[browser])) {
      const code = readFileSync(file, 'utf8');
      const rel = path.relative(builds[browser], file);
      const checks: [string, RegExp][] = [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function', /new\s+Function\s*\(/],
        ['Function constructor call', /(?<![\w$.])Function\s*\(\s*["'`]/],
        ['string passed to setTimeout/setInterval', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
        ['import() of a URL', /import\s*\(\s*["'`](?:https?:)?\/\//],
        ['importScripts', /importScripts\s*\(/],
        ['remote <script src>', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
        ['script element given a URL', /\.src\s*=\s*["'`]https?:\/\//],
      ];
      for (const [what, pattern] of checks) if (pattern.test(code)) found.push(`${rel}: ${what}`);
    }
    expect(found).toEqual([]);
  });
});
