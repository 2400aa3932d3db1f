/** Facebook (Lexical fixture): the common checks, plus comment-box keys. */
import { describe, expect, it } from 'vitest';
import { editorText, typeText, waitForBadge } from '../harness/composer';
import { HARD_SELL } from '../harness/drafts';
import { FACEBOOK } from '../harness/sites';
import { expectNoIntrusions, siteSuite, useSharedE2E } from '../harness/suite';

const e2e = useSharedE2E();
siteSuite(FACEBOOK, e2e);

describe('Facebook: comment boxes', () => {
  it('Shift+Enter in a comment is a new line and publishes nothing; the post dialog badge is separate', async () => {
    const page = await e2e.tab();
    const c = await FACEBOOK.openComment(page);
    await typeText(c, 'First line\nsecond line'); // newlineKey is Shift+Enter here
    await waitForBadge(c, { platform: 'facebook', kind: 'comment', settledMs: 300 });
    expect((await editorText(c)).model).toBe('First line\nsecond line');
    await page.waitForTimeout(500);
    expect(await e2e.session.history(), 'nothing published').toEqual([]);

    const post = await FACEBOOK.nextPost(page);
    await typeText(post, HARD_SELL);
    const p = await waitForBadge(post, { kind: 'post', rulesInclude: ['ad-tone'] });
    // The comment's badge may hide while its box is not focused and clean; it must still be its own.
    const still = await waitForBadge(c, { kind: 'comment', visible: false });
    expect(p.index).not.toBe(still.index);
    await expectNoIntrusions(page);
  });
});
