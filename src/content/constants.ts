/** Timing constants of the content scripts (the browser-test harness imports `LINT_DEBOUNCE_MS`). */

/** Quiet time after the last keystroke before the draft is linted. */
export const LINT_DEBOUNCE_MS = 150;

/** How long a publish attempt may wait for the site to confirm the post went out. */
export const PUBLISH_CONFIRM_TIMEOUT_MS = 10_000;

/** Tab-state messages to the background are coalesced over this window. */
export const TAB_STATE_COALESCE_MS = 100;

/** A pause between two edits longer than this counts only this much as composing time. */
export const MAX_COMPOSING_GAP_MS = 30_000;
