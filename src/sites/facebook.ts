/**
 * Facebook (www.facebook.com): Lexical editors.
 * Example URLs: https://www.facebook.com/ (the "What's on your mind?" dialog; comment boxes under
 * feed posts), https://www.facebook.com/groups/123/ (group posts), a post opened in a dialog.
 */
import type { Kind } from '../lint/types';
import { nearestControl, isComposingKey, isModEnter, isNeverLinted } from './dom';
import { readEditorText } from './editor-text';
import type { SiteAdapter } from './types';

export const FACEBOOK_SELECTORS = {
  /** The aria-label is personalised and localised ("What's on your mind, Ana?"): not used to find it. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The post composer is a form inside a dialog. */
  dialog: '[role="dialog"]',
  composerForm: 'form[method="post" i]',
  /** Feed posts; comment boxes live inside them. */
  feedPost: '[role="article"]',
  /** The dialog's Post button (a div with a role, not a button element). */
  publish: '[role="button"][aria-label="Post"], button[aria-label="Post"]',
} as const;

/** Comment and reply boxes say so in their label ("Write a comment…", "Reply to Ana…"). */
const COMMENT_LABEL = /comment|reply|kommentar|antwort|comentario|responder|commentaire|répondre|commento|rispondi/i;
/** Messenger chat boxes are Lexical editors too; they are private messages, not posts. */
const CHAT_LABEL = /^(message|aa$)/i;

function labelOf(editor: HTMLElement): string {
  return editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  editorSelector: FACEBOOK_SELECTORS.editor,

  acceptEditor(editor, location) {
    if (isNeverLinted(editor) || CHAT_LABEL.test(labelOf(editor).trim())) return false;
    return !location.pathname.startsWith('/messages');
  },

  /** Lexical's root is the editable itself; it removes any node it did not create inside it. */
  editorRoot: (editor) => editor,

  readText: readEditorText,

  kindOf(editor): Kind {
    if (editor.closest(FACEBOOK_SELECTORS.feedPost) || COMMENT_LABEL.test(labelOf(editor))) return 'comment';
    return editor.closest(FACEBOOK_SELECTORS.dialog) ? 'post' : 'comment';
  },

  publishControlAt(target) {
    const control = target.closest<HTMLElement>(FACEBOOK_SELECTORS.publish);
    return control?.closest(FACEBOOK_SELECTORS.dialog) ? control : null;
  },

  publishControlsIn: (container) =>
    [...container.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.publish)].filter((c) => c.closest(FACEBOOK_SELECTORS.dialog)),

  publishButton: (editor) => nearestControl(editor, (container) => facebookAdapter.publishControlsIn(container)),

  /** Enter posts a comment (Shift+Enter is a new line); posts go out with the button or Ctrl/Cmd+Enter. */
  isPublishKey(event, kind) {
    if (isComposingKey(event)) return false;
    if (kind === 'comment') return event.key === 'Enter' && !event.shiftKey && !event.altKey;
    return isModEnter(event);
  },
};
