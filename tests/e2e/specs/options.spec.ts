/**
 * The options page in real Chromium with the built extension: its changes reach an open compose
 * page without a reload, a rule turned off elsewhere shows off and turns back on, and axe-core
 * finds no serious or critical problem, light or dark.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xArchiveZip } from '../../../scripts/bench/options';
import { importFile } from '../../../src/importers';
import { typeText, waitForBadge } from '../harness/composer';
import { HARD_SELL } from '../harness/drafts';
import { openOptions, seriousAxeViolations, turnRuleOffInWorker } from '../harness/options-page';
import { X } from '../harness/sites';
import { useE2E } from '../harness/suite';

const e2e = useE2E();

describe('options page', () => {
  it('changes a rule and an open compose page applies it without a reload', async () => {
    const { session } = e2e;
    const compose = await e2e.page();
    const c = await X.openPost(compose);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });

    const options = await openOptions(session, await e2e.page());
    await options.getByRole('switch', { name: 'Reads like an ad (ad-tone)' }).click();
    await options.getByText('Saved', { exact: true }).waitFor();
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    const stored = (await session.settings()) as { rules?: Record<string, { enabled?: boolean }> };
    expect(stored.rules?.['ad-tone']?.enabled).toBe(false);

    await options.getByRole('switch', { name: 'Reads like an ad (ad-tone)' }).click();
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
  });

  it('shows a rule turned off from elsewhere as off, and turns it back on', async () => {
    const { session } = e2e;
    const compose = await e2e.page();
    const c = await X.openPost(compose);
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { rulesInclude: ['ad-tone'] });
    const options = await openOptions(session, await e2e.page(), '#rule-ad-tone');
    const adTone = options.getByRole('switch', { name: 'Reads like an ad (ad-tone)' });
    await expect.poll(() => options.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label'))).toBe('Reads like an ad (ad-tone)');

    await turnRuleOffInWorker(session, 'ad-tone');
    await waitForBadge(c, { rulesExclude: ['ad-tone'] }, 3000);
    await expect.poll(() => adTone.isChecked()).toBe(false);
    expect(await options.locator('#rule-ad-tone').getAttribute('data-enabled')).toBe('false');

    await adTone.press('Space');
    await waitForBadge(c, { rulesInclude: ['ad-tone'] }, 3000);
    expect(await adTone.isChecked()).toBe(true);
  });

  it('imports a zipped X archive through the file input', async () => {
    const { session } = e2e;
    const page = await openOptions(session, await e2e.page(), '#import-export');
    const input = page.getByLabel(/Archive file/);

    // The sample archive (2023–2024): old posts are kept too (nothing trims without the person's
    // "Keep my posts" choice); what it skips is reported with the reason.
    const sample = path.resolve('tests/fixtures/exports/x-archive.zip');
    const expected = await importFile('x-archive.zip', new Uint8Array(readFileSync(sample)));
    await input.setInputFiles(sample);
    await page.getByText(`added ${expected.posts.length} posts; 0 posts were already there.`).waitFor();
    for (const s of expected.skipped) await page.getByText(`${s.where}: ${s.reason}`).waitFor();
    expect(await session.history()).toHaveLength(expected.posts.length);
    await page.getByRole('button', { name: 'Delete all history…' }).click();
    await page.locator('#history dialog').getByRole('button', { name: 'Delete all' }).click();
    await page.getByText(`Deleted ${expected.posts.length} posts.`).waitFor();

    // An archive of this year's posts lands in the history, engagement counts and all.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postlint-x-archive-'));
    const recent = path.join(dir, 'twitter-recent.zip');
    writeFileSync(recent, xArchiveZip(25));
    await input.setInputFiles(recent);
    await page.getByText('added 25 posts; 0 posts were already there.').waitFor();
    const stored = (await session.history()) as unknown as { source?: string; engagement?: { likes?: number } }[];
    expect(stored).toHaveLength(25);
    expect(stored.every((r) => r.source === 'import' && typeof r.engagement?.likes === 'number')).toBe(true);
    await page.locator('#history [role="listitem"]').first().waitFor();
  });

  it('passes axe-core (no serious or critical violation), light and dark', async () => {
    const { session } = e2e;
    await session.setHistory(
      Array.from({ length: 30 }, (_, i) => ({
        id: `axe-${i}`,
        text: `Post ${i}: the rye loaf is back on Saturday mornings`,
        platform: 'x' as const,
        kind: 'post' as const,
        publishedAt: new Date(Date.now() - i * 3600_000).toISOString(),
        diagnostics: i % 2 ? [{ ruleId: 'ad-tone', severity: 'warning' as const }] : [],
        heeded: false,
      })),
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await e2e.page();
      await page.emulateMedia({ colorScheme });
      await openOptions(session, page);
      await page.locator('#history [role="listitem"]').first().waitFor();
      expect(await seriousAxeViolations(page), `axe-core, ${colorScheme}`).toEqual([]);
    }
  });
});
