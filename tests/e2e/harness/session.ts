/**
 * One browser with the extension plus the fixture server. `ExtensionSession` is what every check
 * may use in either browser: the extension's storage (history, settings), tabs with the in-page
 * probe, and the guards every test checks (no page errors, no extension node inside an editor, no
 * request to anything but the fixture server). `Session` is the Chromium one: storage through the
 * extension's service worker, which it can also stop and start over CDP. The Firefox one is
 * firefox/session.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { E2EEnv } from './build';
import { launchBrowser } from './browser';
import type { BrowserName, Tab } from './driver';
import { HOSTS } from './paths';
import { startFixtureServer, type FixtureServer } from './server';

/** The in-page probe (probe.js), injected into every tab before the page's own scripts. */
export const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js');

export type Platform = 'x' | 'facebook' | 'linkedin';
export type Kind = 'post' | 'reply' | 'comment';
export type Severity = 'info' | 'warning' | 'error';

/** A history entry as the extension stores it (`chrome.storage.local` key `history`). */
export interface HistoryEntry {
  id: string;
  text: string;
  platform: Platform;
  kind: Kind;
  publishedAt: string;
  diagnostics: { ruleId: string; severity: Severity }[];
  heeded: boolean;
}

/** The page is never given access to chrome.*: these run in the extension (see inExtension). */
declare const chrome: any;

export interface PageIssues {
  pageErrors: string[];
  consoleErrors: string[];
}

/** What the checks shared by both browsers get: the extension's storage, tabs and the guards. */
export abstract class ExtensionSession {
  abstract readonly browser: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's pages live. */
  abstract readonly extensionOrigin: string;
  protected readonly issues = new Map<Tab, PageIssues>();

  /** Runs `fn` where the extension's APIs are (`chrome.storage`, `chrome.runtime`). */
  abstract inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A new tab with the probe, its page errors recorded for the guards. */
  abstract newTab(): Promise<Tab>;
  abstract close(): Promise<void>;
  /** Every request the browser made, as the driver saw it (see foreignRequests). */
  protected abstract recordedRequests(): readonly { url: string; at: number }[];

  /** A request the guards accept (see isAllowedUrl). */
  protected isAllowed(url: string): boolean {
    return isAllowedUrl(url, this.extensionOrigin);
  }

  // ------------------------------------------------------------------ storage

  /** The stored history, flat: the months the index names (`history/YYYY-MM`), oldest first. */
  async history(): Promise<HistoryEntry[]> {
    const h = await this.inExtension(async () => {
      const all = (await chrome.storage.local.get(null)) as Record<string, unknown>;
      const index = all.historyIndex as { months?: Record<string, number> } | undefined;
      return Object.keys(index?.months ?? {})
        .sort()
        .flatMap((m) => (all[`history/${m}`] as unknown[] | undefined) ?? []);
    }, null);
    return Array.isArray(h) ? (h as HistoryEntry[]) : [];
  }

  /** How many records the index counts, and the last `n` of the newest month (cheap on a huge history). */
  async historyTail(n = 3): Promise<{ count: number; tail: HistoryEntry[] }> {
    return this.inExtension(async (k) => {
      const index = (await chrome.storage.local.get('historyIndex')).historyIndex as { months?: Record<string, number> } | undefined;
      const months = Object.keys(index?.months ?? {}).sort();
      const count = months.reduce((sum, m) => sum + (index!.months![m] ?? 0), 0);
      const last = months.at(-1);
      const list = last ? (((await chrome.storage.local.get(`history/${last}`))[`history/${last}`] as unknown[]) ?? []) : [];
      return { count, tail: list.slice(-k) as HistoryEntry[] };
    }, n);
  }

  /** Replaces the stored history, written in the month layout the extension uses (each record into its UTC month). */
  async setHistory(entries: HistoryEntry[]): Promise<void> {
    await this.inExtension(async (list) => {
      const old = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('history/'));
      if (old.length) await chrome.storage.local.remove(old);
      const items: Record<string, unknown[]> = {};
      for (const entry of list) (items[`history/${new Date((entry as { publishedAt: string }).publishedAt).toISOString().slice(0, 7)}`] ??= []).push(entry);
      const months = Object.fromEntries(Object.entries(items).map(([k, v]) => [k.slice(8), v.length]));
      await chrome.storage.local.set({ ...items, historyIndex: { version: 2, months, revision: Date.now() } });
    }, entries);
  }

  /** The first version's single `history` list, as an older PostLint left it (the background moves it into months). */
  async setLegacyHistory(entries: unknown): Promise<void> {
    await this.inExtension(async (history) => chrome.storage.local.set({ history }), entries);
  }

  /** Partial settings: the extension fills in defaults. */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    await this.inExtension(async (s) => chrome.storage.sync.set({ settings: s }), settings);
  }

  /**
   * The stored settings object: the first version's single `settings` item while it is there,
   * else the per-field items (`settings.rules`, … with `#n` chunks) put back together.
   */
  async settings(): Promise<unknown> {
    return this.inExtension(async () => {
      const all = (await chrome.storage.sync.get(null)) as Record<string, unknown>;
      if ('settings' in all) return all.settings;
      const raw: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith('settings.') || key.includes('#')) continue;
        const chunks = (value as { $chunks?: number } | null)?.$chunks;
        const field = key.slice('settings.'.length);
        raw[field] = typeof chunks === 'number' ? JSON.parse(Array.from({ length: chunks }, (_, i) => all[`${key}#${i}`]).join('')) : value;
      }
      return Object.keys(raw).length ? raw : undefined;
    }, null);
  }

  async sessionStorage(): Promise<Record<string, unknown>> {
    return this.inExtension(async () => chrome.storage.session.get(null), null);
  }

  /** Forgets history and settings (before each test). */
  async resetStorage(): Promise<void> {
    await this.inExtension(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.session.remove(['historyPending', 'historyWriteStatus']);
      await chrome.storage.sync.clear();
    }, null);
  }

  /** Polls the history until `pred` holds; returns it (or throws with what was there). */
  async waitForHistory(pred: (h: HistoryEntry[]) => boolean, what: string, timeoutMs = 6000): Promise<HistoryEntry[]> {
    const end = Date.now() + timeoutMs;
    let last: HistoryEntry[] = [];
    for (;;) {
      last = await this.history();
      if (pred(last)) return last;
      if (Date.now() > end) throw new Error(`history never had ${what} within ${timeoutMs} ms; it holds ${JSON.stringify(last, null, 1)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // ------------------------------------------------------------------ pages and guards

  issuesOf(page: Tab): PageIssues {
    return this.issues.get(page) ?? { pageErrors: [], consoleErrors: [] };
  }

  /** Tabs opened with newTab (or newPage) and not yet forgotten (closed ones too: their errors count). */
  trackedPages(): Tab[] {
    return [...this.issues.keys()];
  }

  private requestsClearedAt = 0;

  /** For the harness's own self-check only: forget the problems recorded so far. */
  clearRecords(page?: Tab): void {
    this.requestsClearedAt = Date.now() + 1;
    const i = page && this.issues.get(page);
    if (i) {
      i.pageErrors.length = 0;
      i.consoleErrors.length = 0;
    }
  }

  forget(page: Tab): void {
    this.issues.delete(page);
  }

  /** Requests since `since` (ms epoch) to anything but the fixture hosts and the extension. */
  foreignRequests(since: number): string[] {
    return this.recordedRequests()
      .filter((r) => r.at >= since && r.at >= this.requestsClearedAt)
      .map((r) => r.url)
      .filter((u) => !this.isAllowed(u));
  }
}

/** Chromium (playwright-core): storage through the service worker, which CDP can stop and start. */
export class Session extends ExtensionSession {
  readonly browser = 'chromium';
  /** Every request of the browser context (Playwright sees the service worker's too). */
  readonly requests: { url: string; at: number }[] = [];
  /** Set by stopServiceWorkers: the next storage access starts the worker first. */
  private stopped = false;

  private constructor(
    readonly env: E2EEnv,
    readonly server: FixtureServer,
    readonly ctx: BrowserContext,
    readonly extensionId: string,
  ) {
    super();
    ctx.on('request', (r) => this.requests.push({ url: r.url(), at: Date.now() }));
    // A stuck click or wait fails with Playwright's own message, well inside vitest's test timeout.
    ctx.setDefaultTimeout(15_000);
  }

  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  protected recordedRequests(): readonly { url: string; at: number }[] {
    return this.requests;
  }

  static async start(env: E2EEnv): Promise<Session> {
    const server = await startFixtureServer({ fixturesDir: env.fixturesDir, key: env.key, cert: env.cert });
    try {
      const b = await launchBrowser({ extensionDir: env.extensionDir, port: server.port, tmpDir: env.tmpDir });
      return new Session(env, server, b.ctx, b.extensionId);
    } catch (e) {
      await server.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.ctx.close().catch(() => {});
    await this.server.close();
  }

  // ------------------------------------------------------------------ service worker

  private ownWorkers(): Worker[] {
    return this.ctx.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`));
  }

  /**
   * The extension's service worker, started again first if a test stopped it. (Playwright keeps
   * one Worker object per target; after a stop and start Chrome reuses the target, so the object
   * may be the old one, live again, or a new one: look it up each time.)
   */
  async serviceWorker(): Promise<Worker> {
    if (this.stopped) {
      await this.withServiceWorkerDomain(async (s) => {
        await s.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${this.extensionId}/` });
        return 'running';
      });
      this.stopped = false;
    }
    const ws = this.ownWorkers();
    if (ws.length) return ws[ws.length - 1];
    return this.ctx.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`),
      timeout: 10_000,
    });
  }

  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.inWorker(fn, arg);
  }

  /** Evaluates in the service worker, retrying once the worker object was closed under us. */
  async inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      const w = await this.serviceWorker();
      try {
        return await (w.evaluate as (f: unknown, a: unknown) => Promise<R>).call(w, fn, arg);
      } catch (e) {
        if (attempt >= 4 || !/closed|destroyed|detached/i.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /**
   * Stops the extension's service worker the way Chrome does after 30 s idle (CDP
   * ServiceWorker.stopWorker) and waits until Chrome reports it stopped.
   */
  async stopServiceWorkers(): Promise<void> {
    await this.withServiceWorkerDomain(async (s, version) => {
      await s.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      return 'stopped';
    });
    this.stopped = true;
  }

  /**
   * Runs `fn` with the CDP ServiceWorker domain enabled, once Chrome has told it about the
   * extension's worker, and waits until the worker reaches `fn`'s running status.
   */
  private async withServiceWorkerDomain(
    fn: (s: CDPSession, version: { versionId: string; runningStatus: string }) => Promise<'running' | 'stopped'>,
  ): Promise<void> {
    const page = await this.ctx.newPage();
    try {
      const s = await this.ctx.newCDPSession(page);
      const prefix = `chrome-extension://${this.extensionId}/`;
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      let current: Version | null = null;
      const listeners: ((v: Version) => void)[] = [];
      s.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
        for (const v of e.versions) {
          if (!v.scriptURL.startsWith(prefix)) continue;
          current = v;
          for (const l of listeners) l(v);
        }
      });
      const until = (pred: (v: Version) => boolean, what: string) =>
        new Promise<Version>((resolve, reject) => {
          if (current && pred(current)) return resolve(current);
          const timer = setTimeout(() => reject(new Error(`service worker: ${what} (last status ${JSON.stringify(current)})`)), 10_000);
          listeners.push((v) => {
            if (pred(v)) {
              clearTimeout(timer);
              resolve(v);
            }
          });
        });
      await s.send('ServiceWorker.enable');
      const known = await until(() => true, 'Chrome never reported the extension worker');
      const want = await fn(s, known);
      await until((v) => v.runningStatus === want, `never reached "${want}"`);
      await s.detach().catch(() => {});
    } finally {
      await page.close();
    }
  }

  // ------------------------------------------------------------------ pages

  /** A new tab with the probe; records page errors. */
  async newPage(): Promise<Page> {
    const page = await this.ctx.newPage();
    await page.addInitScript({ path: PROBE });
    const issues: PageIssues = { pageErrors: [], consoleErrors: [] };
    this.issues.set(page, issues);
    page.on('pageerror', (e) => issues.pageErrors.push(`${page.url()}: ${e.stack || e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') issues.consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  }

  newTab(): Promise<Tab> {
    return this.newPage();
  }
}

/**
 * The fixture hosts over https, the extension itself (`extensionOrigin`), and URLs that never
 * reach a network.
 */
export function isAllowedUrl(url: string, extensionOrigin: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') return `${u.protocol}//${u.host}` === extensionOrigin;
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.protocol === 'https:' && HOSTS.includes(u.hostname);
}
