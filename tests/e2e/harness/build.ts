/**
 * Builds what the browser tests load: the extension (`wxt build`, so a test never meets a stale
 * build) and the fixture pages (esbuild, with the fixtures' own node_modules: React 17, Draft.js,
 * Lexical, Quill).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { BrowserName } from './driver';
import { FIXTURES_DIR, FIXTURES_SRC, ROOT, WXT_OUTPUT, WXT_OUTPUT_FIREFOX, type Site } from './paths';
import { makeCertificate } from './cert';

const FIXTURE_ENTRIES: Record<Site, string> = {
  x: path.join(FIXTURES_SRC, 'x.jsx'),
  facebook: path.join(FIXTURES_SRC, 'facebook.js'),
  linkedin: path.join(FIXTURES_SRC, 'linkedin.js'),
};

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  // vitest sets NODE_ENV=test, which would make wxt bundle React's development build into the
  // pages: the tests are to load what ships, so the build gets wxt's own default (production).
  const { NODE_ENV: _vitests, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(out);
      const tail = out.trimEnd().split('\n').slice(-25).join('\n');
      reject(new Error(`${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} exited with ${code}; its output ends:\n${tail}`));
    });
  });
}

/** Per browser: the wxt arguments, the folder wxt writes, and the name of the copy. */
const TARGETS: Record<BrowserName, { args: string[]; output: string; copy: string }> = {
  chromium: { args: ['build'], output: WXT_OUTPUT, copy: 'chrome-mv3' },
  firefox: { args: ['build', '-b', 'firefox', '--mv3'], output: WXT_OUTPUT_FIREFOX, copy: 'firefox-mv3' },
};

/** Chrome refuses a whole extension over a content script it deems not UTF-8; Firefox does not. */
function assertCanLoad(dir: string, browser: BrowserName): void {
  if (browser === 'chromium') assertChromeCanLoad(dir);
}

/**
 * Runs `wxt build` (Chrome MV3; `-b firefox --mv3` for Firefox) and copies the output into
 * `intoDir`, so that a build started meanwhile by someone else cannot change the files under a
 * running browser.
 */
export async function buildExtension(intoDir: string, browser: BrowserName = 'chromium'): Promise<{ dir: string; ms: number }> {
  const t0 = performance.now();
  const target = TARGETS[browser];
  const wxt = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  try {
    await run(process.execPath, [wxt, ...target.args], ROOT);
  } catch (e) {
    // Another build writing .output at the same moment (a developer's `wxt build`, the bench)
    // makes one of them fail with ENOENT; once more settles it. A real build error fails twice.
    if (!/ENOENT/.test(String(e))) throw e;
    await run(process.execPath, [wxt, ...target.args], ROOT);
  }
  if (!existsSync(path.join(target.output, 'manifest.json'))) throw new Error(`wxt ${target.args.join(' ')} wrote no ${target.output}/manifest.json`);
  const dir = path.join(intoDir, target.copy);
  cpSync(target.output, dir, { recursive: true });
  assertCanLoad(dir, browser);
  return { dir, ms: performance.now() - t0 };
}

/**
 * Chrome refuses to load the whole extension when a content script is not "UTF-8" by its own
 * test (base::IsStringUTF8), which also rejects noncharacters such as U+FFFE/U+FFFF and
 * U+FDD0–U+FDEF that a minifier may write raw from a "\uFFFE" escape. The browser then only
 * logs "Could not load file '…' for content script. It isn't UTF-8 encoded." and no service
 * worker ever starts, so say it here, precisely.
 */
export function assertChromeCanLoad(extensionDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]));
  const problems: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(path.join(extensionDir, f));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push(`${f}: not valid UTF-8`);
      continue;
    }
    const m = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDFFF]/u.exec(text) ?? findAstralNonCharacter(text);
    if (m) {
      const at = m.index;
      const cp = text.codePointAt(at)!;
      problems.push(
        `${f}: raw U+${cp.toString(16).toUpperCase().padStart(4, '0')} at character ${at}, near ${JSON.stringify(text.slice(Math.max(0, at - 50), at + 30))}` +
          ' (write it as an escape, e.g. "\\uFFFE", and keep the minifier from unescaping it)',
      );
    }
  }
  if (problems.length)
    throw new Error(`Chrome will not load this build ("Could not load file … for content script. It isn't UTF-8 encoded."):\n  ${problems.join('\n  ')}`);
}

/** U+nFFFE / U+nFFFF in the supplementary planes are noncharacters too. */
function findAstralNonCharacter(text: string): { index: number } | null {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      if ((cp & 0xfffe) === 0xfffe) return { index: i };
      i++;
    }
  }
  return null;
}

/**
 * Bundles the three fixture apps into `outDir` (`x.js`, `x.css`, `facebook.js`, ...): a folder of
 * this run, so a bench and a test run at the same time do not pull files from under each other.
 */
export async function bundleFixtures(outDir: string): Promise<{ dir: string; ms: number }> {
  const t0 = performance.now();
  const nodeModules = path.join(FIXTURES_DIR, 'node_modules');
  if (!existsSync(path.join(nodeModules, 'draft-js')) || !existsSync(path.join(nodeModules, 'lexical')) || !existsSync(path.join(nodeModules, 'quill'))) {
    throw new Error('The fixture pages need their editor libraries: run `npm ci --prefix tests/e2e/fixtures`');
  }
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: FIXTURE_ENTRIES,
    outdir: outDir,
    absWorkingDir: FIXTURES_DIR,
    nodePaths: [nodeModules],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'transform',
    loader: { '.js': 'jsx' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    conditions: ['production'],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'silent',
    legalComments: 'none',
  });
  return { dir: outDir, ms: performance.now() - t0 };
}

/** Everything a browser session needs; plain data, so vitest's globalSetup can hand it to tests. */
export interface E2EEnv {
  /** The unpacked extension to load (a copy of .output/chrome-mv3, or firefox-mv3). */
  extensionDir: string;
  /** The browser the extension was built for (Chromium when absent). */
  browser?: BrowserName;
  /** The bundled fixture pages. */
  fixturesDir: string;
  key: string;
  cert: string;
  /** Temporary folder of this run (certificate, extension copy, browser profiles). */
  tmpDir: string;
  timings: { extensionBuildMs: number; fixturesBuildMs: number };
}

/**
 * Builds the extension (for `options.browser`, Chromium by default) and the fixtures and makes
 * the certificate (in parallel). `extensionDir` (or the environment variable
 * POSTLINT_E2E_EXTENSION_DIR) tests that unpacked extension instead of a fresh build: for
 * bisecting or a release candidate, never by default.
 */
export async function prepareE2E(options: { build?: boolean; extensionDir?: string; browser?: BrowserName } = {}): Promise<E2EEnv> {
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'postlint-e2e-'));
  const given = options.extensionDir ?? process.env.POSTLINT_E2E_EXTENSION_DIR;
  const browser = options.browser ?? 'chromium';
  const target = TARGETS[browser];
  try {
    const { key, cert } = makeCertificate(tmpDir);
    const ext = given
      ? (() => {
          const dir = path.join(tmpDir, target.copy);
          cpSync(path.resolve(given), dir, { recursive: true });
          assertCanLoad(dir, browser);
          return Promise.resolve({ dir, ms: 0 });
        })()
      : options.build === false
      ? (() => {
          if (!existsSync(path.join(target.output, 'manifest.json'))) throw new Error(`no extension build at ${target.output}: run npx wxt ${target.args.join(' ')}`);
          const dir = path.join(tmpDir, target.copy);
          cpSync(target.output, dir, { recursive: true });
          assertCanLoad(dir, browser);
          return Promise.resolve({ dir, ms: 0 });
        })()
      : buildExtension(tmpDir, browser);
    const [e, f] = await Promise.all([ext, bundleFixtures(path.join(tmpDir, 'fixtures'))]);
    return { extensionDir: e.dir, browser, fixturesDir: f.dir, key, cert, tmpDir, timings: { extensionBuildMs: e.ms, fixturesBuildMs: f.ms } };
  } catch (e) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
}

export function disposeE2E(env: E2EEnv): void {
  rmSync(env.tmpDir, { recursive: true, force: true });
}
