/**
 * LinkedIn (www.linkedin.com): Quill editors.
 * Example URLs: https://www.linkedin.com/feed/ (share dialog, comment boxes under posts),
 * https://www.linkedin.com/preload/sharebox/ (share box opened directly).
 * LinkedIn is rolling out a rebuild with hashed class names: roles, aria and `.ql-editor` come
 * first; the `share-*` / `comments-*` classes are kept only as extra signals.
 */
import type { Kind } from '../lint/types';
import { nearestControl, controlText, isComposingKey, isModEnter, isNeverLinted } from './dom';
import { readEditorText } from './editor-text';
import type { SiteAdapter } from './types';

export const LINKEDIN_SELECTORS = {
  editor: [
    '.ql-editor[contenteditable="true"]',
    '[role="textbox"][contenteditable="true"][aria-label^="Text editor for creating content" i]',
    '[role="textbox"][contenteditable="true"][aria-label*="comment" i]',
  ].join(', '),
  /** Quill's container also holds its clipboard and tooltip: the badge mounts outside it. */
  quillContainer: '.ql-container',
  dialog: '[role="dialog"]',
  commentForm: 'form.comments-comment-box__form, .comments-comment-box, .comments-comment-texteditor',
  /** Messaging boxes are private messages, not posts. */
  messaging: '.msg-form, [class*="msg-form__"]',
  sharePublish: 'button.share-actions__primary-action',
  /** Appears only after typing; the `--cr` suffix has changed before, so match the stem. */
  commentPublish: 'button[class*="comments-comment-box__submit-button"]',
} as const;

const COMMENT_LABEL = /comment|reply/i;

function isCommentBox(editor: HTMLElement): boolean {
  if (editor.closest(LINKEDIN_SELECTORS.commentForm)) return true;
  const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
  return COMMENT_LABEL.test(label);
}

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  editorSelector: LINKEDIN_SELECTORS.editor,

  acceptEditor(editor, location) {
    if (isNeverLinted(editor) || editor.closest(LINKEDIN_SELECTORS.messaging)) return false;
    return !location.pathname.startsWith('/messaging');
  },

  editorRoot: (editor) => editor.closest<HTMLElement>(LINKEDIN_SELECTORS.quillContainer) ?? editor,

  readText: readEditorText,

  kindOf: (editor): Kind => (isCommentBox(editor) ? 'comment' : 'post'),

  publishControlAt(target) {
    const button = target.closest<HTMLElement>('button');
    if (!button) return null;
    if (button.matches(`${LINKEDIN_SELECTORS.sharePublish}, ${LINKEDIN_SELECTORS.commentPublish}`)) return button;
    const label = controlText(button);
    if (label === 'Post' && button.closest(LINKEDIN_SELECTORS.dialog)) return button;
    // "Comment" also labels the action bar under every post; only the one in a comment form submits.
    if ((label === 'Comment' || label === 'Reply') && button.closest('form')) return button;
    return null;
  },

  publishControlsIn(container) {
    return [...container.querySelectorAll<HTMLElement>('button')].filter((b) => linkedinAdapter.publishControlAt(b) === b);
  },

  publishButton: (editor) => nearestControl(editor, (container) => linkedinAdapter.publishControlsIn(container)),

  /** Enter is a new line in Quill; only posts go out with Ctrl/Cmd+Enter. */
  isPublishKey: (event, kind) => kind === 'post' && isModEnter(event) && !isComposingKey(event),
};
