/**
 * Launches Debian's Chromium with the built extension, every fixture host mapped to the loopback
 * fixture server and every other host unresolvable.
 *
 * Environment:
 *   CHROMIUM_PATH  the Chromium binary to drive (default /usr/bin/chromium). Never a Playwright
 *                  download: `npx playwright install` does not work offline.
 */
import { accessSync, constants, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { HOSTS } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Throws the message people need when the browser is missing. */
export function assertChromium(): void {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
}

export interface LaunchedBrowser {
  ctx: BrowserContext;
  extensionId: string;
  /** The extension's service worker as first seen (see Session.serviceWorker for the live one). */
  worker: Worker;
  userDataDir: string;
  startMs: number;
}

export async function launchBrowser(opts: { extensionDir: string; port: number; tmpDir: string; headless?: boolean }): Promise<LaunchedBrowser> {
  assertChromium();
  const t0 = performance.now();
  const userDataDir = mkdtempSync(path.join(opts.tmpDir, 'profile-'));
  const rules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
    ],
  });
  try {
    const ours = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker = ctx.serviceWorkers().find(ours) ?? (await ctx.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
    return { ctx, worker, extensionId: new URL(worker.url()).host, userDataDir, startMs: performance.now() - t0 };
  } catch (e) {
    await ctx.close().catch(() => {});
    throw new Error(
      `The extension's service worker never started (${opts.extensionDir}): ${(e as Error).message}. ` +
        'Chromium logs why it refused an extension on stderr: rerun with DEBUG=pw:browser and look for "Extension error".',
    );
  }
}
