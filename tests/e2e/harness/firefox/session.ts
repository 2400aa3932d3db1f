/**
 * The Firefox session: Firefox ESR with the add-on, the fixture server behind the fixture proxy,
 * and one extension page kept open in a tab of its own, where the shared storage helpers run
 * (the Firefox build has an event page, not a service worker, and BiDi reaches pages only).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import type { E2EEnv } from '../build';
import type { Tab } from '../driver';
import { startFixtureServer, type FixtureServer } from '../server';
import { ExtensionSession, PROBE, type PageIssues } from '../session';
import { EXTENSION_UUID, launchFirefox } from './browser';
import { startFixtureProxy, type FixtureProxy } from './proxy';
import { FirefoxTab } from './tab';

const PROBE_SOURCE = readFileSync(PROBE, 'utf8');

/**
 * Firefox asks its remote-settings service for blocklists and the like on its own, whatever the
 * prefs say; the proxy refuses it. Only this host is left out of the guard, so a request the
 * extension made anywhere else still fails the test.
 */
const FIREFOX_OWN_HOSTS = ['firefox.settings.services.mozilla.com'];

export class FirefoxSession extends ExtensionSession {
  readonly browser = 'firefox';
  readonly extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  private constructor(
    readonly env: E2EEnv,
    readonly server: FixtureServer,
    readonly proxy: FixtureProxy,
    readonly firefox: Browser,
    /** The extension page the storage helpers run in (not a tab the guards check). */
    private readonly extensionTab: FirefoxTab,
  ) {
    super();
  }

  static async start(env: E2EEnv): Promise<FirefoxSession> {
    const server = await startFixtureServer({ fixturesDir: env.fixturesDir, key: env.key, cert: env.cert });
    const proxy = await startFixtureProxy(server.port).catch(async (e) => {
      await server.close();
      throw e;
    });
    try {
      const { browser } = await launchFirefox({ extensionDir: env.extensionDir, proxyPort: proxy.port });
      try {
        const extensionTab = await FirefoxTab.open(await browser.newPage());
        await extensionTab.goto(`moz-extension://${EXTENSION_UUID}/popup.html`);
        return new FirefoxSession(env, server, proxy, browser, extensionTab);
      } catch (e) {
        await browser.close().catch(() => {});
        throw e;
      }
    } catch (e) {
      await proxy.close();
      await server.close();
      throw e;
    }
  }

  /** What the proxy saw: every request, whoever in the browser made it. */
  protected recordedRequests(): readonly { url: string; at: number }[] {
    return this.proxy.requests;
  }

  protected override isAllowed(url: string): boolean {
    return super.isAllowed(url) || FIREFOX_OWN_HOSTS.some((h) => url === `https://${h}/`);
  }

  async close(): Promise<void> {
    await this.firefox.close().catch(() => {});
    await this.proxy.close();
    await this.server.close();
  }

  async inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return (await this.extensionTab.pp.evaluate(fn as never, arg as never)) as R;
  }

  async newTab(): Promise<Tab> {
    const pp = await this.firefox.newPage();
    await pp.evaluateOnNewDocument(PROBE_SOURCE);
    const tab = await FirefoxTab.open(pp);
    const issues: PageIssues = { pageErrors: [], consoleErrors: [] };
    this.issues.set(tab, issues);
    pp.on('pageerror', (e) => issues.pageErrors.push(`${pp.url()}: ${e instanceof Error ? e.stack || e.message : String(e)}`));
    pp.on('console', (m) => {
      if (m.type() === 'error') issues.consoleErrors.push(`${pp.url()}: ${m.text()}`);
    });
    return tab;
  }
}
