/**
 * The summary page and the popup in real Chromium with the built extension: a seeded history
 * written through the service worker, screenshots saved under test-results/, and axe-core finding
 * no serious or critical issue in light and dark.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousWeekStart, weekLabel, weekStartFor } from '../../../src/summary/index';
import { openExtensionPage, seedStorage, seriousAxeViolations } from '../harness/pages';
import { ROOT } from '../harness/paths';
import { seedWeek, SEED_SETTINGS, SEED_TIME_ZONE } from '../harness/summary-history';
import { useE2E } from '../harness/suite';

const e2e = useE2E();
const ARTIFACTS = path.join(ROOT, 'test-results');
const SCHEMES = ['light', 'dark'] as const;

declare const chrome: any;

describe('summary page', () => {
  it('shows a seeded week with its charts and advice; axe finds nothing serious, light or dark', async () => {
    const { session } = e2e;
    const week = previousWeekStart(weekStartFor(Date.now(), 1, SEED_TIME_ZONE));
    await seedStorage(session, seedWeek(week), SEED_SETTINGS);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const colorScheme of SCHEMES) {
      for (const width of [1280, 400]) {
        const page = await openExtensionPage(session, `summary.html?week=${week}`, { width, colorScheme });
        await page.waitForSelector('[data-chart="per-day"] svg[role="img"]');
        expect(await page.textContent('.week-label')).toContain(weekLabel(week));
        expect(await page.textContent('.advice')).toContain('2 of your 4 posts were promotions');
        expect(await page.locator('figure.chart').count()).toBe(8);
        // Nothing sticks out sideways at 400 px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(ARTIFACTS, `summary-${width}-${colorScheme}.png`), fullPage: true });
        if (width === 1280) expect(await seriousAxeViolations(page), `axe, ${colorScheme}`).toEqual([]);
        await page.close();
      }
    }
  });

  it('without history, links to the import section of the options', async () => {
    const page = await openExtensionPage(e2e.session, 'summary.html', { width: 1280, colorScheme: 'light' });
    await page.getByRole('heading', { name: 'No history yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import your posts in the options' }).getAttribute('href')).toBe('options.html#import');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('popup', () => {
  it('shows the draft items and the week; axe finds nothing serious, light or dark', async () => {
    const { session } = e2e;
    await seedStorage(session, seedWeek(weekStartFor(Date.now(), 1, SEED_TIME_ZONE)), SEED_SETTINGS);
    const state = {
      platform: 'x',
      paused: false,
      readyMs: 5,
      updatedAt: new Date().toISOString(),
      draft: {
        kind: 'post',
        textLength: 60,
        diagnostics: [
          { ruleId: 'ad-tone', severity: 'warning', message: '"FLASH SALE" and "today only" read like an ad: lead with what the reader gets.', suggestion: 'Open with what the reader gets.' },
          { ruleId: 'shouting', severity: 'info', message: '"FLASH SALE" reads as shouting: write in sentence case.' },
        ],
      },
    };
    await session.inWorker(async (s) => chrome.storage.session.set({ 'tab:4242': s }), state);
    for (const colorScheme of SCHEMES) {
      const page = await openExtensionPage(session, 'popup.html?tab=4242', { width: 360, height: 720, colorScheme });
      await page.getByText('2 things to look at in your post:').waitFor();
      await page.getByRole('region', { name: 'This week at a glance' }).waitFor();
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.message')!).fontSize));
      expect(size).toBeGreaterThanOrEqual(14);
      await page.screenshot({ path: path.join(ARTIFACTS, `popup-${colorScheme}.png`), fullPage: true });
      expect(await seriousAxeViolations(page), `axe, ${colorScheme}`).toEqual([]);
      await page.close();
    }
  });
});
