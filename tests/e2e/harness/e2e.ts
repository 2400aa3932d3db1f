/**
 * The per-file browser session and the guards every test passes: no pageerror, no extension node
 * inside an editor root, no request to anything but the fixture hosts. `useSharedE2E` starts the
 * browser of this run (Chromium or Firefox, see driver.ts) for checks written against the seam;
 * `useE2E` and `chromiumOnly` give Chromium-only checks Playwright's own `Page` and the
 * service-worker session.
 */
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { intrusions } from './composer';
import { currentBrowser, type BrowserName, type Tab } from './driver';
import { FirefoxSession } from './firefox/session';
import { Session, type ExtensionSession } from './session';

/** What a check shared by both browsers gets. */
export interface SharedE2E {
  readonly browser: BrowserName;
  readonly session: ExtensionSession;
  /** A fresh tab with the probe (closed and checked after the test). */
  tab(): Promise<Tab>;
}

/** What a Chromium-only check gets: Playwright's page and the service-worker session. */
export interface E2E extends SharedE2E {
  readonly session: Session;
  /** A fresh Playwright page (closed and checked after the test). */
  page(): Promise<Page>;
}

/** One browser + fixture server for the file; fresh storage and tabs for each test. */
function useSession(only?: BrowserName): () => ExtensionSession {
  const browser = currentBrowser();
  let session: ExtensionSession | undefined;
  let since = 0;
  beforeAll(async () => {
    if (only && only !== browser)
      throw new Error(`this spec file runs in ${only} only (it needs Playwright's own page): leave it out of the ${browser} run in vitest.e2e.config.ts`);
    const env = inject('postlintE2E');
    if ((env.browser ?? 'chromium') !== browser) throw new Error(`the global setup built for ${env.browser}, but this run drives ${browser}`);
    session = browser === 'firefox' ? await FirefoxSession.start(env) : await Session.start(env);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    since = Date.now();
    await session!.resetStorage();
  });
  afterEach(async () => {
    const s = session!;
    const problems: string[] = [];
    for (const page of s.trackedPages()) {
      for (const i of await intrusions(page)) problems.push(`extension node inside an editor root: ${i}`);
      for (const e of s.issuesOf(page).pageErrors) problems.push(`pageerror: ${e}`);
      if (!page.isClosed()) await page.close();
      s.forget(page);
    }
    for (const u of s.foreignRequests(since)) problems.push(`request to something other than the fixture server: ${u}`);
    if (problems.length) throw new Error(`guards failed:\n  ${problems.join('\n  ')}`);
  });
  return () => {
    if (!session) throw new Error('no browser session: it failed to start (see the beforeAll error)');
    return session;
  };
}

function chromium(browser: BrowserName, get: () => ExtensionSession): E2E {
  return {
    browser,
    get session() {
      return get() as Session;
    },
    tab: () => get().newTab(),
    page: () => (get() as Session).newPage(),
  };
}

/** The browser of this run, for checks written against the seam (Tab, ExtensionSession). */
export function useSharedE2E(): SharedE2E {
  const browser = currentBrowser();
  const get = useSession();
  return {
    browser,
    get session() {
      return get();
    },
    tab: () => get().newTab(),
  };
}

/** Chromium, for a spec file whose every check needs Playwright (not part of the Firefox run). */
export function useE2E(): E2E {
  return chromium('chromium', useSession('chromium'));
}

/**
 * Registers checks that need Playwright's own features (CDP, viewport and colour-scheme
 * emulation, screenshots, clipboard permissions) in the Chromium run only; the Firefox run does
 * not list them at all, rather than as skipped.
 */
export function chromiumOnly(e2e: SharedE2E, register: (e2e: E2E) => void): void {
  if (e2e.browser !== 'chromium') return;
  register(chromium('chromium', () => e2e.session));
}
