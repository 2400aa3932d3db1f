/**
 * The extension's own pages, in both browsers: the options page loads and a rule switched off
 * there reaches an open compose tab without a reload; an archive imported through its file input
 * lands in the history and the summary page shows that week. (options.spec.ts and
 * summary.spec.ts look closer, with axe and screenshots, in Chromium.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xArchiveZip } from '../../../scripts/bench/options';
import { addDays, previousWeekStart, startOfLocalDay, weekLabel, weekStartFor } from '../../../src/summary/index';
import { typeText, waitForBadge } from '../harness/composer';
import { HARD_SELL } from '../harness/drafts';
import { openOptions } from '../harness/options-page';
import { markDocument, sameDocument, X } from '../harness/sites';
import { SEED_SETTINGS, SEED_TIME_ZONE } from '../harness/summary-history';
import { useSharedE2E } from '../harness/suite';

const e2e = useSharedE2E();
const AD_TONE_SWITCH = 'input[role="switch"][aria-label="Reads like an ad (ad-tone)"]';

describe('options page', () => {
  it('loads, and a rule switched off there applies in an open compose tab without a reload', async () => {
    const compose = await e2e.tab();
    const c = await X.openPost(compose);
    await markDocument(compose);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });

    const options = await openOptions(e2e.session, await e2e.tab());
    const adTone = options.locator(AD_TONE_SWITCH);
    expect(await adTone.isChecked(), 'ad-tone starts on').toBe(true);
    await adTone.click();
    await options.locator('p.save-status[role="status"]', { hasText: 'Saved' }).waitFor();
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    const stored = (await e2e.session.settings()) as { rules?: Record<string, { enabled?: boolean }> };
    expect(stored.rules?.['ad-tone']?.enabled, 'settings.rules["ad-tone"].enabled in storage').toBe(false);

    await adTone.click();
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
    expect(await sameDocument(compose), 'the compose tab was not reloaded').toBe(true);
  });
});

describe('import, then the summary', () => {
  it('an X archive chosen in the options lands in the history, and the summary page shows its week', async () => {
    // Last week's Wednesday and Thursday, in the seeded time zone: one week, whatever today is.
    await e2e.session.setSettings(SEED_SETTINGS);
    const week = previousWeekStart(weekStartFor(Date.now(), 1, SEED_TIME_ZONE));
    const thursdayNoon = startOfLocalDay(addDays(week, 3), SEED_TIME_ZONE) + 12 * 3_600_000;
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'postlint-x-archive-')), 'twitter-archive.zip');
    writeFileSync(file, xArchiveZip(25, thursdayNoon));

    const options = await openOptions(e2e.session, await e2e.tab(), '#import-export');
    await options.locator('#history-import-file').setInputFiles(file);
    await options.locator('.import-result', { hasText: 'added 25 posts; 0 posts were already there.' }).waitFor();
    const stored = (await e2e.session.history()) as unknown as { source?: string; engagement?: { likes?: number } }[];
    expect(stored).toHaveLength(25);
    expect(stored.every((r) => r.source === 'import' && typeof r.engagement?.likes === 'number'), 'imported records with engagement').toBe(true);

    const summary = await e2e.tab();
    await summary.goto(`${e2e.session.extensionOrigin}/summary.html?week=${week}`);
    await summary.locator('[data-chart="per-day"] svg[role="img"]').waitFor();
    expect(await summary.locator('.week-label').innerText()).toContain(weekLabel(week));
    expect(await summary.locator('[data-chart="per-day"] figcaption').innerText()).toContain('25 items over the week');
  });
});
