/**
 * Helpers for the extension's own pages (summary, popup): open one as a tab at a width and colour
 * scheme, seed storage through the service worker, and run axe-core in the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';
import type { Session } from './session';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');


/** Writes raw history records (bypassing the writer: what an import or an old session left). */
export async function seedStorage(session: Session, history: unknown[], settings: Record<string, unknown>): Promise<void> {
  await session.setHistory(history as never);
  await session.setSettings(settings);
}

/** Opens `chrome-extension://<id>/<file>` in a new tab at a size and colour scheme. */
export async function openExtensionPage(
  session: Session,
  file: string,
  view: { width: number; height?: number; colorScheme: 'light' | 'dark' },
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Page> {
  // Through the session: its guards then check the page for errors after each test.
  const page = await session.newPage();
  await beforeLoad?.(page);
  await page.setViewportSize({ width: view.width, height: view.height ?? 900 });
  await page.emulateMedia({ colorScheme: view.colorScheme });
  await page.goto(`chrome-extension://${session.extensionId}/${file}`);
  return page;
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated over CDP, not as a <script>: the extension's CSP (script-src 'self') refuses inline scripts.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Records in `window.__firstChartMs` the page's own time (from navigation start) when `selector` first appears. */
export async function markFirstAppearance(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel: string) => {
    const w = window as unknown as { __firstChartMs?: number };
    const observer = new MutationObserver(() => {
      if (w.__firstChartMs === undefined && document.querySelector(sel)) {
        w.__firstChartMs = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}
