/**
 * The messages content scripts send to the background service worker, and its answers. Type-only
 * imports and plain type guards: content scripts import this file, and they ship without zod and
 * without the lint core.
 */
import type { Diagnostic, Kind, Platform } from '../lint/types';
import type { PublishedPostInput } from './schema';
import type { TabStateDraft } from './tab-state-draft';
import type { HistoryPageMessage } from './page-messages';

/** A post went out: record it. The background validates `post` again before writing. */
export interface PublishMessage {
  type: 'postlint:publish';
  post: PublishedPostInput;
  /** Made by the content script once per publish: a message retried after a worker restart lands once. */
  publishId?: string;
}

/** What a content script may change in its tab's state (the background fills in the rest). */
export interface TabStatePatch {
  paused?: boolean;
  readyMs?: number | null;
  draft?: TabStateDraft | null;
}

/** Part of the tab's state changed: for the popup and benchmarks. */
export interface TabStateMessage {
  type: 'postlint:tab-state';
  platform: Platform;
  patch: TabStatePatch;
}

/** Lint this draft with the history and settings the background keeps. */
export interface LintRequest {
  type: 'postlint:lint';
  draft: { text: string; platform: Platform; kind: Kind };
  /** Rules ignored "for this post" (left in the answer; left out of the tab's state). */
  ignored?: string[];
  /** The draft is the one the person works on: the tab's state (for the popup) shows its result. */
  report?: boolean;
}

/** "Turn this rule off" from the popover: the background writes it into the settings in `storage.sync`. */
export interface RuleOffMessage {
  type: 'postlint:rule-off';
  ruleId: string;
}

/** How to put a rule's stored settings back as they were before "Turn this rule off". */
export interface RuleUndo {
  ruleId: string;
  /** Whether the stored settings had a `rules` object at all. */
  hadRules: boolean;
  /** Whether `rules[ruleId]` was stored; `previous` is its value then. */
  existed: boolean;
  previous?: unknown;
}

/** The answer to `postlint:rule-off`: done, and the way back. */
export interface RuleOffResponse {
  ok: true;
  undo: RuleUndo;
}

/** "Undo" after "Turn this rule off": the background restores the stored entry. */
export interface RuleRestoreMessage {
  type: 'postlint:rule-restore';
  undo: RuleUndo;
}

/**
 * Open the options page at a rule's section (`hash` like `rule-ad-tone`): content scripts cannot
 * open extension pages themselves, the background opens a tab.
 */
export interface OpenOptionsMessage {
  type: 'postlint:open-options';
  hash: string;
}


/**
 * From the background to a tab's content script (`tabs.sendMessage`) when the `open-postlint`
 * command (Alt+Shift+L) is pressed: open the popover of the focused or last-used compose box.
 */
export interface OpenPopoverMessage {
  type: 'postlint:open-popover';
}

/** The manifest command that opens the popover. */
export const OPEN_POPOVER_COMMAND = 'open-postlint';

export type PostLintMessage =
  | PublishMessage
  | TabStateMessage
  | LintRequest
  | RuleOffMessage
  | RuleRestoreMessage
  | OpenOptionsMessage
  | HistoryPageMessage;

/**
 * Lint requests travel over a long-lived port of this name (one per content script), not
 * `runtime.sendMessage`: a port message skips opening a channel each time, which roughly halves
 * the round trip and its tail (the keystroke-to-badge budget is 16 ms beyond the debounce).
 */
export const LINT_PORT_NAME = 'postlint:lint';

/** A lint request on the port, numbered so its answer finds it. */
export interface LintPortRequest {
  id: number;
  request: LintRequest;
}

/** The answer on the port to request `id`. */
export interface LintPortAnswer {
  id: number;
  answer: LintResponse;
}

/** What the background answers to everything but a lint request. */
export type PostLintResponse = { ok: true; saved?: boolean } | RuleOffResponse | { ok: false; error: string };

/** The popover's words about a rule. */
export interface RuleInfo {
  /** Human name ("Reads like an ad"). */
  name: string;
  why: string;
  description: string;
}

/** A lint result: the draft's diagnostics, and the words about each rule among them. */
export interface LintResult {
  ok: true;
  paused?: false;
  diagnostics: Diagnostic[];
  rules: Record<string, RuleInfo>;
  /** Something the person should know that is not about the draft (published posts not saved yet). */
  notice?: string;
}

/** The answer to a lint request: a result, "PostLint is paused on this site", or a failure. */
export type LintResponse = LintResult | { ok: true; paused: true } | { ok: false; error: string };

const TYPES = new Set<unknown>([
  'postlint:publish',
  'postlint:tab-state',
  'postlint:lint',
  'postlint:rule-off',
  'postlint:rule-restore',
  'postlint:open-options',
  'postlint:history-import',
  'postlint:history-delete',
  'postlint:history-clear',
  'postlint:history-set-aside-clear',
  'postlint:history-compact',
]);

/**
 * From the popup to the content script of its tab (`tabs.sendMessage`): ignore a rule for the
 * current draft, or undo that. The content script owns "ignore for this post".
 */
export interface IgnoreRuleMessage {
  type: 'postlint:ignore-rule';
  ruleId: string;
  ignore: boolean;
}

/** True for objects that look like one of PostLint's messages (the contents are validated later). */
export function isPostLintMessage(message: unknown): message is PostLintMessage {
  return message !== null && typeof message === 'object' && TYPES.has((message as { type?: unknown }).type);
}
