/**
 * X (Draft.js fixture): the common checks, plus the modal composer, threads and twitter.com, and
 * the harness's self-check of its guards (in each browser: the guards are the driver's).
 */
import { describe, expect, it } from 'vitest';
import { intrusions, typeText, waitForBadge, type Composer } from '../harness/composer';
import { COLD_PITCH, HARD_SELL, PLAIN_A } from '../harness/drafts';
import { ORIGIN } from '../harness/paths';
import { X, xModal } from '../harness/sites';
import { expectEntry, expectNoIntrusions, publishByButton, siteSuite, useSharedE2E } from '../harness/suite';

const SECOND_SELL = 'BUY NOW!!! 50% OFF every loaf, today only, shop now at our store';

const e2e = useSharedE2E();
siteSuite(X, e2e);

describe('X: modal composer, threads, twitter.com', () => {
  it('the modal composer at /compose/post is linted and posting from it records one post', async () => {
    const page = await e2e.tab();
    await page.goto(`${ORIGIN.x}/compose/post`);
    const c = xModal(page);
    await c.editor.waitFor();
    await typeText(c, HARD_SELL);
    const s = await waitForBadge(c, { platform: 'x', kind: 'post', rulesInclude: ['ad-tone'] });
    expect(s.duplicates).toBe(0);
    await expectNoIntrusions(page);
    await publishByButton(c);
    await page.locator('[data-testid="toast"]').waitFor();
    const h = await e2e.session.waitForHistory((x) => x.length >= 1, 'the modal post');
    expectEntry(h[0], { text: HARD_SELL, platform: 'x', kind: 'post' });
  });

  it('each item of a thread gets its own badge; "Post all" records the thread', async () => {
    const page = await e2e.tab();
    await page.goto(`${ORIGIN.x}/compose/post`);
    const first: Composer = xModal(page, 0);
    await first.editor.waitFor();
    await typeText(first, HARD_SELL);
    const a = await waitForBadge(first, { kind: 'post', rulesInclude: ['ad-tone'] });
    await page.locator('#layers [data-testid="addButton"]').click();
    const second = xModal(page, 1);
    await second.editor.waitFor();
    expect(await page.locator('#layers button[data-testid="tweetButton"]').innerText()).toBe('Post all');
    await typeText(second, SECOND_SELL);
    const b = await waitForBadge(second, { kind: 'post', rulesInclude: ['ad-tone'] });
    expect(b.index, 'the second item has a badge of its own').not.toBe(a.index);
    const firstAgain = await waitForBadge(first, { rulesInclude: ['ad-tone'] });
    expect(firstAgain.index).toBe(a.index);
    await expectNoIntrusions(page);
    await publishByButton(first);
    // Each item may be its own entry, written one after the other: wait for the whole thread.
    const both = (x: { text: string }[]) => [HARD_SELL, SECOND_SELL].every((t) => x.some((e) => e.text.includes(t)));
    const h = await e2e.session.waitForHistory(both, 'both items of the thread');
    const texts = h.map((e) => e.text).join('\n');
    expect(texts, 'the history holds the first item').toContain(HARD_SELL);
    expect(texts, 'the history holds the second item').toContain(SECOND_SELL);
    for (const e of h) expect(e.platform).toBe('x');
  });

  it('twitter.com gets the same badge', async () => {
    const page = await e2e.tab();
    await page.goto('https://twitter.com/home');
    const c: Composer = { ...(await X.nextPost(page)), label: 'twitter.com home inline composer' };
    await c.editor.waitFor();
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { platform: 'x', kind: 'post', rulesInclude: ['ad-tone'] });
  });

  it('a composer on a page reached from the timeline (reply page) is linted as a reply', async () => {
    const page = await e2e.tab();
    const home = await X.openPost(page);
    await typeText(home, PLAIN_A);
    await waitForBadge(home, { kind: 'post' });
    await page.locator('a[href="/bakery/status/1"]').click();
    await page.locator('[data-testid="replyingTo"]').waitFor();
    const reply = await X.nextPost(page);
    const c: Composer = { ...reply, kind: 'reply', label: 'X reply composer after client-side navigation' };
    await typeText(c, COLD_PITCH);
    await waitForBadge(c, { platform: 'x', kind: 'reply', rulesInclude: ['cold-pitch'] });
  });
});

describe('harness self-check', () => {
  it('the guards see a foreign request, a page error and a node inside an editor root', async () => {
    const { session } = e2e;
    const page = await e2e.tab();
    await X.openPost(page);
    const since = Date.now();
    await page.evaluate(() => fetch('https://example.com/ping').catch(() => null));
    await page.evaluate(() => setTimeout(() => { throw new Error('self-check'); }));
    await page.evaluate(() => {
      const root = document.querySelector('.DraftEditor-root')!;
      root.append(document.createElement('postlint-badge'));
    });
    await page.waitForTimeout(100);
    // Chromium reports the URL; Firefox's proxy sees only the CONNECT to the host.
    expect(new Set(session.foreignRequests(since).map((u) => new URL(u).hostname))).toEqual(new Set(['example.com']));
    expect(session.issuesOf(page).pageErrors.join('\n')).toContain('self-check');
    expect((await intrusions(page)).length).toBe(1);
    // Undo it all so this test's own guards pass.
    await page.evaluate(() => document.querySelector('.DraftEditor-root > postlint-badge')!.remove());
    session.clearRecords(page);
  });
});
