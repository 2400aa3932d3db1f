/** LinkedIn (Quill fixture): the common checks, plus /preload/sharebox/. */
import { describe, it } from 'vitest';
import { typeText, waitForBadge } from '../harness/composer';
import { HARD_SELL } from '../harness/drafts';
import { ORIGIN } from '../harness/paths';
import { LINKEDIN, liShareBox } from '../harness/sites';
import { expectNoIntrusions, siteSuite, useSharedE2E } from '../harness/suite';

const e2e = useSharedE2E();
siteSuite(LINKEDIN, e2e);

describe('LinkedIn: share box opened by URL', () => {
  it('/preload/sharebox/ opens the share box directly and it is linted', async () => {
    const page = await e2e.tab();
    await page.goto(`${ORIGIN.linkedin}/preload/sharebox/`);
    const c = liShareBox(page);
    await c.editor.waitFor();
    await typeText(c, HARD_SELL);
    await waitForBadge(c, { platform: 'linkedin', kind: 'post', rulesInclude: ['ad-tone'] });
    await expectNoIntrusions(page);
  });
});
