/**
 * The options page in the real browser: opening it, writing settings the way the background's
 * `turnRuleOff` does (through the service worker, in the split layout), and axe-core checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Tab } from './driver';
import type { ExtensionSession, Session } from './session';

declare const chrome: any;
declare const axe: any;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Opens `options.html` (at `hash`) in `page` and waits for the rules to show (either browser). */
export async function openOptions<T extends Tab>(session: ExtensionSession, page: T, hash = ''): Promise<T> {
  await page.goto(`${session.extensionOrigin}/options.html${hash}`);
  await page.locator('h2#rules-title', { hasText: 'Rules' }).waitFor();
  await page.locator('input[role="switch"]').first().waitFor();
  return page;
}

/** Sets `rules.<id>.enabled = false` in storage.sync from the service worker, as "Turn this rule off" does. */
export async function turnRuleOffInWorker(session: Session, ruleId: string): Promise<void> {
  await session.inWorker(async (id) => {
    const { ['settings.rules']: rules = {} } = await chrome.storage.sync.get('settings.rules');
    rules[id] = { ...(rules[id] ?? {}), enabled: false };
    await chrome.storage.sync.set({ 'settings.rules': rules });
  }, ruleId);
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page (WCAG 2.x A and AA rules). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') refuses a script tag.
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
