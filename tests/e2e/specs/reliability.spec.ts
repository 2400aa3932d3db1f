/**
 * Nothing lost, nothing stalls: refused writes, five tabs at once, the worker stopped mid-publish,
 * a 50,000-post history, and an older layout moved into months, all in the real extension.
 */
import { describe, expect, it } from 'vitest';
import { closePopoverByEscape, openPopoverByKeyboard, typeText, waitForBadge } from '../harness/composer';
import { PLAIN_A, PLAIN_B } from '../harness/drafts';
import { openExtensionPage } from '../harness/pages';
import { X } from '../harness/sites';
import { publishByButton, useE2E } from '../harness/suite';

const e2e = useE2E();
declare const chrome: any;

/** Makes the worker's `storage.local.set` refuse (or stall) writes of history months, as a full disk does. */
async function breakHistoryWrites(mode: 'refuse' | 'stall' | 'heal', stallMs = 0): Promise<void> {
  await e2e.session.inWorker(
    ({ mode, stallMs }) => {
      const g = globalThis as any;
      const areas = [g.chrome?.storage?.local, g.browser?.storage?.local].filter(Boolean);
      for (const area of areas) {
        g.__realSet ??= new Map();
        if (!g.__realSet.has(area)) g.__realSet.set(area, area.set.bind(area));
        const real = g.__realSet.get(area);
        area.set =
          mode === 'heal'
            ? real
            : async (items: Record<string, unknown>) => {
                if (!Object.keys(items).some((k) => k.startsWith('history/'))) return real(items);
                if (mode === 'refuse') throw new Error('QUOTA_BYTES quota exceeded');
                await new Promise((r) => setTimeout(r, stallMs));
                return real(items);
              };
      }
    },
    { mode, stallMs },
  );
}

/**
 * Seeds `n` posts over four years, written in the worker itself in the month layout (sending 50,000
 * records over CDP would take longer than the test): the same shape `session.setHistory` writes.
 */
async function seedManyPosts(n: number): Promise<void> {
  await e2e.session.inWorker(async (count) => {
    const span = 4 * 365 * 86_400_000;
    const start = Date.now() - span;
    const step = Math.floor((span - 86_400_000) / count);
    const months: Record<string, unknown[]> = {};
    for (let i = 0; i < count; i++) {
      const publishedAt = new Date(start + i * step).toISOString();
      (months[`history/${publishedAt.slice(0, 7)}`] ??= []).push({
        id: `seed-${i}`,
        text: `Post number ${i}: notes from the bakery, week ${i % 52}, about ${['rye', 'spelt', 'sourdough', 'buns'][i % 4]}.`,
        platform: ['x', 'facebook', 'linkedin'][i % 3],
        kind: 'post',
        publishedAt,
        diagnostics: [],
        heeded: false,
        source: 'import',
      });
    }
    const index = { version: 2, months: Object.fromEntries(Object.entries(months).map(([k, v]) => [k.slice(8), v.length])), revision: Date.now() };
    await chrome.storage.local.set({ ...months, historyIndex: index });
  }, n);
}

/** How many seeded posts (`seed-*`) the stored months hold, counted in the worker. */
async function seededCount(): Promise<number> {
  return e2e.session.inWorker(async () => {
    const all = (await chrome.storage.local.get(null)) as Record<string, unknown>;
    let n = 0;
    for (const [key, value] of Object.entries(all)) if (key.startsWith('history/') && Array.isArray(value)) n += value.filter((r: { id?: string }) => r.id?.startsWith('seed-')).length;
    return n;
  }, null);
}

describe('history reliability', () => {
  it('a publish the browser refuses to store is kept, the person is told (badge, popover and popup), and it lands once storage works again', async () => {
    const { session } = e2e;
    const page = await e2e.page();
    let c = await X.openPost(page);
    await breakHistoryWrites('refuse');
    await typeText(c, PLAIN_A);
    await waitForBadge(c, { kind: 'post' });
    await publishByButton(c);
    await expect.poll(async () => ((await session.sessionStorage()).historyWriteStatus as { pending?: number } | undefined)?.pending, { timeout: 6000 }).toBe(1);
    expect(await session.history()).toEqual([]);

    // The badge is marked and its popover says it first; the popup says it in words.
    c = await X.nextPost(page);
    await typeText(c, PLAIN_B);
    await waitForBadge(c, { kind: 'post' });
    await expect.poll(() => page.locator('postlint-badge[data-postlint-notice="unsaved"]').count(), { timeout: 4000 }).toBe(1);
    const { dialog } = await openPopoverByKeyboard(c);
    expect(await dialog.locator('li.notice').innerText()).toMatch(/^1 published post is not in your PostLint history yet/);
    await closePopoverByEscape(c, dialog);
    const popup = await openExtensionPage(session, 'popup.html', { width: 360, height: 600, colorScheme: 'light' });
    expect(await popup.getByRole('alert').innerText()).toMatch(/1 published post is not in your PostLint history yet/);

    await breakHistoryWrites('heal');
    await publishByButton(c);
    const h = await session.waitForHistory((x) => x.length === 2, 'both posts once storage works again');
    expect(h.map((e) => e.text).sort()).toEqual([PLAIN_A, PLAIN_B].sort());
    await expect.poll(async () => (await session.sessionStorage()).historyWriteStatus, { timeout: 4000 }).toBeUndefined();
    await expect.poll(() => popup.getByRole('alert').count(), { timeout: 4000 }).toBe(0);
    await typeText(c, ' Again.');
    await expect.poll(() => page.locator('postlint-badge[data-postlint-notice]').count(), { timeout: 4000 }).toBe(0);
  });

  it('five tabs publishing at once record five posts', async () => {
    const { session } = e2e;
    const pages = await Promise.all(Array.from({ length: 5 }, () => e2e.page()));
    const boxes = await Promise.all(pages.map((p) => X.openPost(p)));
    const texts = boxes.map((_, i) => `Tab ${i + 1}: our opening hours change next week, see the board by the door.`);
    await Promise.all(boxes.map((c, i) => typeText(c, texts[i])));
    await Promise.all(boxes.map((c) => waitForBadge(c, { kind: 'post' })));
    await Promise.all(boxes.map((c) => publishByButton(c)));
    const h = await session.waitForHistory((x) => x.length >= 5, 'five posts', 15_000);
    expect(h.map((e) => e.text).sort()).toEqual([...texts].sort());
  }, 60_000);

  it('the worker stopped right after Post loses nothing and doubles nothing', async () => {
    const { session } = e2e;
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, PLAIN_A);
    await waitForBadge(c, { kind: 'post' });
    await publishByButton(c);
    await session.stopServiceWorkers();
    const h = await session.waitForHistory((x) => x.length >= 1, 'the post after the worker stopped');
    await new Promise((r) => setTimeout(r, 1500)); // the content script's retries, if any, have landed
    expect((await session.history()).filter((e) => e.text === PLAIN_A)).toHaveLength(1);
    expect(h[0].text).toBe(PLAIN_A);
  });

  it('a 50,000-post history is kept whole; a publish lands in under 300 ms; a lint in another tab does not wait for a write', async () => {
    const { session } = e2e;
    await seedManyPosts(50_000);
    const page = await e2e.page();
    const c = await X.openPost(page);
    await typeText(c, PLAIN_A);
    await waitForBadge(c, { kind: 'post' });
    await session.inWorker(() => {
      const g = globalThis as any;
      g.__landedAt = 0;
      chrome.storage.local.onChanged.addListener((changes: Record<string, unknown>) => {
        if ('historyIndex' in changes && !g.__landedAt) g.__landedAt = Date.now();
      });
    }, null);
    const clicked = Date.now();
    await publishByButton(c);
    await expect.poll(async () => (await session.historyTail()).count, { timeout: 15_000, interval: 100 }).toBe(50_001);
    expect((await session.historyTail()).tail.at(-1)?.text).toBe(PLAIN_A);
    const landedMs = (await session.inWorker(() => (globalThis as any).__landedAt as number, null)) - clicked;
    console.log(`e2e figure: publish with 50,000 posts landed in ${landedMs} ms`);
    expect(landedMs).toBeLessThan(300);

    // While a history write is stalled for 3 s, a draft in another tab still gets its badge.
    await breakHistoryWrites('stall', 3000);
    const other = await X.openPost(await e2e.page());
    const c2 = await X.nextPost(page);
    await typeText(c2, PLAIN_B);
    await waitForBadge(c2, { kind: 'post' });
    await publishByButton(c2);
    await typeText(other, 'FLASH SALE 40% OFF everything today only, shop now!!!');
    const typed = Date.now();
    await waitForBadge(other, { rulesInclude: ['ad-tone'] }, 2500);
    const lintMs = Date.now() - typed;
    console.log(`e2e figure: badge ${lintMs} ms after the last key, while a history write was stalled`);
    expect((await session.historyTail()).count).toBe(50_001); // the write was still stalled when the badge came
    await breakHistoryWrites('heal');
    await expect.poll(async () => (await session.historyTail()).count, { timeout: 15_000, interval: 100 }).toBe(50_002);
    expect((await session.historyTail()).tail.at(-1)?.text).toBe(PLAIN_B);
    // Kept whole: every seeded post is still there.
    expect(await seededCount()).toBe(50_000);
  }, 120_000);

  it('moves the first version\'s single history list into months at start-up, setting aside what it cannot read', async () => {
    const { session } = e2e;
    const good = { id: 'v1-a', text: 'From the first version', platform: 'x', kind: 'post', publishedAt: '2026-10-01T09:00:00.000Z', diagnostics: [], heeded: false, source: 'extension' };
    await session.setLegacyHistory([good, 'junk', { id: 'v1-b', text: 'No date', platform: 'x', kind: 'post', publishedAt: 'soon' }]);
    const h = await session.waitForHistory((x) => x.length === 1, 'the readable record in its month');
    expect(h[0]).toMatchObject({ id: 'v1-a' });
    const local = await session.inWorker(async () => chrome.storage.local.get(null), null);
    expect(local.history).toBeUndefined();
    expect((local.historySetAside as { raw: unknown }[]).map((e) => e.raw)).toEqual(['junk', { id: 'v1-b', text: 'No date', platform: 'x', kind: 'post', publishedAt: 'soon' }]);
  });
});
