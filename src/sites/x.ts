/**
 * X / Twitter (x.com, twitter.com): Draft.js editors.
 * Example URLs: https://x.com/home (inline composer), https://x.com/compose/post (modal, threads),
 * https://x.com/someone/status/1234567890 (inline reply), reply modal from any timeline.
 */
import type { Kind } from '../lint/types';
import { nearestControl, isComposingKey, isModEnter, isNeverLinted } from './dom';
import { readEditorText } from './editor-text';
import type { SiteAdapter } from './types';

export const X_SELECTORS = {
  /** Draft's editable carries both markers; mobile web uses a textarea inside the test id. */
  editor: [
    '[data-testid^="tweetTextarea_"][role="textbox"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    '[data-testid^="tweetTextarea_"] textarea',
  ].join(', '),
  /** Draft's root holds the editable and the placeholder: the badge mounts beside it. */
  draftRoot: '.DraftEditor-root',
  /** Direct messages use Draft too; they are not posts. */
  directMessages: '[data-testid^="dmComposer"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]',
  /** Popups mount under #layers as aria-modal dialogs. */
  modal: '[aria-modal="true"], [role="dialog"]',
  /** The tweet being replied to, shown inside the reply modal. */
  quotedTweet: 'article[data-testid="tweet"]',
  publish: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  toast: '[data-testid="toast"]',
} as const;

/** `/<user>/status/<id>`: the inline composer on such a page writes a reply. */
const STATUS_PAGE = /^\/[^/]+\/status\/\d+/;
/** The reply modal says "Replying to @someone" above the editor (English UI; the quoted tweet covers others). */
const REPLYING_TO = /\bReplying to\b/;

export const xAdapter: SiteAdapter = {
  platform: 'x',
  editorSelector: X_SELECTORS.editor,
  confirmationSelector: X_SELECTORS.toast,

  acceptEditor(editor, location) {
    if (isNeverLinted(editor) || editor.closest(X_SELECTORS.directMessages)) return false;
    return !location.pathname.startsWith('/messages');
  },

  editorRoot: (editor) => editor.closest<HTMLElement>(X_SELECTORS.draftRoot) ?? editor,

  readText: readEditorText,

  kindOf(editor, location): Kind {
    const modal = editor.closest(X_SELECTORS.modal);
    if (modal) {
      const replying = modal.querySelector(X_SELECTORS.quotedTweet) || REPLYING_TO.test(modal.textContent ?? '');
      return replying ? 'reply' : 'post';
    }
    return STATUS_PAGE.test(location.pathname) ? 'reply' : 'post';
  },

  publishControlAt: (target) => target.closest<HTMLElement>(X_SELECTORS.publish),

  publishControlsIn: (container) => [...container.querySelectorAll<HTMLElement>(X_SELECTORS.publish)],

  publishButton: (editor) => nearestControl(editor, (container) => xAdapter.publishControlsIn(container)),

  isPublishKey: (event) => isModEnter(event) && !isComposingKey(event),
};
