/**
 * What a compose box needs from its page (the content script): the site's adapter, the lint
 * client, the shared rule names, and the page-wide actions. Apart from the box so the box's file
 * holds only what it does.
 */
import type { RuleInfo } from '../history/messages';
import type { Diagnostic, Kind } from '../lint/types';
import type { SiteAdapter } from '../sites/types';
import type { BadgeLayout } from './badge-layout';
import type { ComposeBox } from './compose-box';
import type { DraftSession } from './draft-session';
import type { LintClient } from './lint-client';
import type { TurnedOffRules } from './turned-off-rules';

/** The page-wide services and actions a compose box uses. */
export interface ComposeBoxDeps {
  doc: Document;
  adapter: SiteAdapter;
  layout: BadgeLayout;
  /** Sends drafts to the background to be linted. */
  client: LintClient;
  /** What the background said about each rule it reported (shared by all boxes of the page). */
  rules: Map<string, RuleInfo>;
  /** False until the site is known to be on: the box follows the draft, its badge waits off the page. */
  revealed(): boolean;
  /** Whether this is the box the person works on (its results go to the popup). */
  isActive(box: ComposeBox): boolean;
  /** The person typed in or focused this box. */
  onActive(box: ComposeBox): void;
  /**
   * A lint result was rendered in this box's badge; `reported` when the background already put it
   * in the tab's state (a lint request of the active box).
   */
  onRendered(box: ComposeBox, reported: boolean): void;
  /** The background answered that PostLint is paused on this site. */
  onPausedAnswer(box: ComposeBox): void;
  /** The draft's session for this editor: kept by the page, so a pause and resume keep it. */
  sessionFor(editor: HTMLElement): DraftSession;
  /** Rules turned off from a popover on this page (hidden at once, with Undo for a while). */
  turnedOff: TurnedOffRules;
  /** "Turn this rule off" was pressed. */
  turnRuleOff(ruleId: string, name: string): void;
  /** Undo of "Turn this rule off". */
  undoTurnOff(ruleId: string): void;
  /** "Rule settings": the options page at the rule's section. */
  openRuleSettings(ruleId: string): void;
}

/** The latest result shown: the draft's text and kind, all diagnostics, and those shown (not ignored). */
export interface BoxResult {
  text: string;
  kind: Kind;
  all: Diagnostic[];
  shown: Diagnostic[];
}
