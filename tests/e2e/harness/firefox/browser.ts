/**
 * Launches Debian's Firefox ESR, headless, over WebDriver BiDi (puppeteer-core: no geckodriver,
 * nothing downloaded), with the built extension installed as a temporary add-on and every request
 * sent to the fixture proxy (proxy.ts). The extension's pages get a fixed moz-extension UUID.
 *
 * Environment:
 *   FIREFOX_PATH  the Firefox binary (default /usr/lib/firefox-esr/firefox-esr, Debian's
 *                 `firefox-esr` package).
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr';
/** The extension's moz-extension:// host in every Firefox run (pref `extensions.webextensions.uuids`). */
export const EXTENSION_UUID = '3f0d6c1e-5a7b-4c2d-9e8f-0a1b2c3d4e5f';

/** Throws the message people need when the browser is missing. */
export function assertFirefox(): void {
  try {
    accessSync(FIREFOX_PATH, constants.X_OK);
  } catch {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install it (apt-get install firefox-esr) or set FIREFOX_PATH`);
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The manifest's gecko id, as Firefox installed it. */
  addonId: string;
  startMs: number;
}

function prefs(addonId: string, proxyPort: number): Record<string, unknown> {
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${proxyPort}"; }`;
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    // Everything through the proxy, no direct fallback, no exceptions for Firefox's own services.
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pac)}`,
    'network.proxy.failover_direct': false,
    'network.proxy.allow_bypass': false,
    // A backstop: a name resolved outside the proxy can only point at loopback.
    'network.dns.forceResolve': '127.0.0.1',
    'network.dns.disablePrefetch': true,
    'network.http.http3.enable': false,
  };
}

export async function launchFirefox(opts: { extensionDir: string; proxyPort: number }): Promise<LaunchedFirefox> {
  assertFirefox();
  const t0 = performance.now();
  const manifest = JSON.parse(readFileSync(path.join(opts.extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${opts.extensionDir}/manifest.json has no browser_specific_settings.gecko.id: the extension pages need it for their fixed UUID`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: prefs(id, opts.proxyPort),
    // Lets BiDi navigate a tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
  });
  try {
    const addonId = await browser.installExtension(opts.extensionDir);
    if (addonId !== id) throw new Error(`Firefox installed the add-on as ${addonId}, not ${id}`);
    return { browser, addonId, startMs: performance.now() - t0 };
  } catch (e) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox would not install the add-on from ${opts.extensionDir}: ${(e as Error).message}`);
  }
}
