/**
 * How to reach each compose box of the three fixture sites, the way a person would: which page,
 * which button opens the composer, which control publishes and how the page shows it went out.
 * Every selector the tests use on a fixture page lives here.
 */
import type { Composer } from './composer';
import type { Loc, Tab } from './driver';
import { waitForEditorText } from './composer';
import { ORIGIN } from './paths';
import type { Kind, Platform } from './session';

export interface SiteDriver {
  platform: Platform;
  name: string;
  /** Kind the comment box reports: "reply" on X, "comment" elsewhere. */
  commentKind: Kind;
  /** Opens the site's main post composer in `page`. */
  openPost(page: Tab): Promise<Composer>;
  /** After a publish: the composer for the next post on the same page. */
  nextPost(page: Tab): Promise<Composer>;
  /** Starts on a page without a composer and gets to one by client-side navigation. */
  openAfterNavigation(page: Tab): Promise<Composer>;
  /** A comment box (the inline reply box on X). */
  openComment(page: Tab): Promise<Composer>;
  /** After openAfterNavigation: the browser's Back button, a client-side navigation back to the
   *  page without a composer (it closes an open composer dialog, as on the sites). */
  leave(page: Tab): Promise<void>;
}

/** Resolves when the editor is empty again (how the sites confirm a comment or inline post). */
const emptied = (c: () => Composer) => () => waitForEditorText(c(), '');
const gone = (l: Loc) => () => l.waitFor({ state: 'detached', timeout: 5000 });

/** Marks the document so a test can tell a client-side navigation from a page load. */
export async function markDocument(page: Tab): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
export async function sameDocument(page: Tab): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
}

// ------------------------------------------------------------------ X (Draft.js)

function xInline(page: Tab, kind: Kind, label: string): Composer {
  const scope = page.locator('[data-testid="primaryColumn"]');
  const c: Composer = {
    page,
    editor: scope.locator('.DraftEditor-root [data-testid="tweetTextarea_0"][contenteditable="true"][role="textbox"]'),
    platform: 'x',
    kind,
    label,
    publishButton: scope.locator('button[data-testid="tweetButtonInline"]'),
    publishKey: 'Control+Enter',
    newlineKey: 'Enter',
    waitPublished: async () => {
      await emptied(() => c)();
      await page.locator('[data-testid="toast"]').waitFor({ state: 'visible', timeout: 5000 });
    },
  };
  return c;
}

/** The modal composer at /compose/post (item `index` of its thread). */
export function xModal(page: Tab, index = 0): Composer {
  const modal = page.locator('#layers [aria-modal="true"][role="dialog"]');
  return {
    page,
    editor: modal.locator(`.DraftEditor-root [data-testid="tweetTextarea_${index}"]`),
    platform: 'x',
    kind: 'post',
    label: `X modal composer, thread item ${index}`,
    publishButton: modal.locator('button[data-testid="tweetButton"]'),
    publishKey: 'Control+Enter',
    newlineKey: 'Enter',
    waitPublished: gone(modal),
  };
}

export const X: SiteDriver = {
  platform: 'x',
  name: 'X',
  commentKind: 'reply',
  async openPost(page) {
    await page.goto(`${ORIGIN.x}/home`);
    const c = xInline(page, 'post', 'X home inline composer');
    await c.editor.waitFor();
    return c;
  },
  async nextPost(page) {
    return xInline(page, 'post', 'X home inline composer');
  },
  async openAfterNavigation(page) {
    await page.goto(`${ORIGIN.x}/explore`);
    await page.locator('[data-testid="SearchBox_Search_Input"]').waitFor();
    await markDocument(page);
    await page.locator('a[data-testid="AppTabBar_Home_Link"]').click();
    const c = xInline(page, 'post', 'X home composer after client-side navigation from /explore');
    await c.editor.waitFor();
    return c;
  },
  async openComment(page) {
    await page.goto(`${ORIGIN.x}/bakery/status/1`);
    await page.locator('[data-testid="replyingTo"]').waitFor();
    const c = xInline(page, 'reply', 'X reply composer on /bakery/status/1');
    await c.editor.waitFor();
    return c;
  },
  async leave(page) {
    await page.goBack();
    await page.locator('[data-testid="SearchBox_Search_Input"]').waitFor();
  },
};

// ------------------------------------------------------------------ Facebook (Lexical)

function fbDialog(page: Tab): Composer {
  const dialog = page.locator('[role="dialog"]:has(form[method="post"])');
  return {
    page,
    editor: dialog.locator('form[method="post"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'),
    platform: 'facebook',
    kind: 'post',
    label: 'Facebook "Create post" dialog',
    publishButton: dialog.locator('div[aria-label="Post"][role="button"]'),
    publishKey: 'Control+Enter',
    newlineKey: 'Enter',
    waitPublished: gone(dialog),
  };
}

async function fbOpenDialog(page: Tab): Promise<Composer> {
  await page.locator('[role="region"][aria-label="Create a post"] [role="button"]').click();
  const c = fbDialog(page);
  await c.editor.waitFor();
  return c;
}

export const FACEBOOK: SiteDriver = {
  platform: 'facebook',
  name: 'Facebook',
  commentKind: 'comment',
  async openPost(page) {
    await page.goto(`${ORIGIN.facebook}/`);
    return fbOpenDialog(page);
  },
  nextPost: fbOpenDialog,
  async openAfterNavigation(page) {
    await page.goto(`${ORIGIN.facebook}/marketplace/`);
    await page.locator('h1', { hasText: 'Marketplace' }).waitFor();
    await markDocument(page);
    await page.locator('[role="banner"] a[aria-label="Home"]').click();
    return fbOpenDialog(page);
  },
  async openComment(page) {
    await page.goto(`${ORIGIN.facebook}/`);
    const editor = page.locator('[role="feed"] > [role="article"]').first().locator('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Write a comment…"]');
    await editor.waitFor();
    const c: Composer = {
      page,
      editor,
      platform: 'facebook',
      kind: 'comment',
      label: 'Facebook comment box of the first feed post',
      publishKey: 'Enter',
      newlineKey: 'Shift+Enter',
      waitPublished: emptied(() => c),
    };
    return c;
  },
  async leave(page) {
    await page.goBack();
    await page.locator('h1', { hasText: 'Marketplace' }).waitFor();
  },
};

// ------------------------------------------------------------------ LinkedIn (Quill)

export function liShareBox(page: Tab): Composer {
  const dialog = page.locator('[role="dialog"]:has(.share-creation-state__text-editor)');
  return {
    page,
    editor: dialog.locator('.share-creation-state__text-editor .ql-editor[contenteditable="true"][role="textbox"]'),
    platform: 'linkedin',
    kind: 'post',
    label: 'LinkedIn share box',
    publishButton: dialog.locator('button.share-actions__primary-action'),
    publishKey: 'Control+Enter',
    newlineKey: 'Enter',
    waitPublished: gone(dialog),
  };
}

async function liOpenShareBox(page: Tab): Promise<Composer> {
  await page.locator('button.share-box-feed-entry__trigger').click();
  const c = liShareBox(page);
  await c.editor.waitFor();
  return c;
}

export const LINKEDIN: SiteDriver = {
  platform: 'linkedin',
  name: 'LinkedIn',
  commentKind: 'comment',
  async openPost(page) {
    await page.goto(`${ORIGIN.linkedin}/feed/`);
    return liOpenShareBox(page);
  },
  nextPost: liOpenShareBox,
  async openAfterNavigation(page) {
    await page.goto(`${ORIGIN.linkedin}/mynetwork/`);
    await page.locator('h1', { hasText: 'Grow your network' }).waitFor();
    await markDocument(page);
    await page.locator('nav a[href="/feed/"]').click();
    return liOpenShareBox(page);
  },
  async openComment(page) {
    await page.goto(`${ORIGIN.linkedin}/feed/`);
    const post = page.locator('.feed-shared-update-v2[role="article"]').first();
    await post.locator('button[aria-label="Comment"]').click();
    const form = post.locator('form.comments-comment-box__form');
    const c: Composer = {
      page,
      editor: form.locator('.ql-editor[contenteditable="true"]'),
      platform: 'linkedin',
      kind: 'comment',
      label: 'LinkedIn comment box of the first feed post',
      publishButton: form.locator('button.comments-comment-box__submit-button--cr'),
      newlineKey: 'Enter',
      waitPublished: emptied(() => c),
    };
    await c.editor.waitFor();
    return c;
  },
  async leave(page) {
    await page.goBack();
    await page.locator('h1', { hasText: 'Grow your network' }).waitFor();
  },
};

export const DRIVERS: Record<Platform, SiteDriver> = { x: X, facebook: FACEBOOK, linkedin: LINKEDIN };
