/** Timing constants of the content scripts (the browser-test harness imports `LINT_DEBOUNCE_MS`). */

/** Quiet time after the last keystroke before the draft is linted. */
export const LINT_DEBOUNCE_MS = 150;

/** A lint request that failed (e.g. the service worker was restarting) is sent once more after this. */
export const LINT_RETRY_DELAY_MS = 100;

/** A lint request not answered within this long counts as failed (and is sent once more). */
export const LINT_TIMEOUT_MS = 10_000;

/** How long a publish attempt may wait for the site to confirm the post went out. */
export const PUBLISH_CONFIRM_TIMEOUT_MS = 10_000;

/** A pause between two edits longer than this counts only this much as composing time. */
export const MAX_COMPOSING_GAP_MS = 30_000;

/** The suggested key of the manifest's `open-postlint` command (people may change it). */
export const OPEN_SHORTCUT = 'Alt+Shift+L';

/** How long "Turn this rule off" offers Undo. */
export const UNDO_WINDOW_MS = 8_000;
