/**
 * What the background service worker does with each message. Kept apart from the entrypoint so the
 * unit tests drive it directly with the fake browser.
 */
import { PLATFORMS, type Platform } from '../lint/types';
import { restoreRule, turnRuleOff } from '../storage/settings';
import { isLintPortRequest, isRuleUndo } from './message-guards';
import {
  type LintPortAnswer,
  type LintRequest,
  type LintResponse,
  type PostLintMessage,
  type PostLintResponse,
  type TabStatePatch,
} from './messages';
import type { LintService } from './lint-service';
import { handleHistoryPageMessage, type HistoryPageResponse } from './page-handlers';
import { writeStatusNotice } from './write-status';
import { shownDiagnostics, tabStateDraft } from './tab-state-draft';
import type { TabStates } from './tab-state';
import type { HistoryWriter } from './writer';

/** The part of `runtime.MessageSender` the handlers use. */
export interface MessageOrigin {
  tab?: { id?: number };
  /** The sending page's address (a content script's is the site's; an extension page's is chrome-extension://…). */
  url?: string;
}

/** What the background keeps: the history writer, the lint service and the tabs' states. */
export interface BackgroundServices {
  writer: HistoryWriter;
  linter: LintService;
  tabs: TabStates;
  /** Opens an extension page in a new tab (`browser.tabs.create`); absent where there are no tabs. */
  openTab?(url: string): Promise<unknown>;
}

/** Options-page sections a content script may ask for: `rule-<id>`. */
const OPTIONS_HASH = /^rule-[a-z0-9-]{1,64}$/;

const platforms = new Set<unknown>(PLATFORMS);
const kinds = new Set<unknown>(['post', 'reply', 'comment']);

function tabIdOf(origin: MessageOrigin): number | null {
  const id = origin.tab?.id;
  return id === undefined || id < 0 ? null : id;
}

function isDraft(draft: unknown): draft is LintRequest['draft'] {
  if (draft === null || typeof draft !== 'object') return false;
  const d = draft as Record<string, unknown>;
  return typeof d.text === 'string' && platforms.has(d.platform) && kinds.has(d.kind);
}

const failure = (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) });

/** Lints a draft and, for the draft the person works on, keeps the result as the tab's state. */
async function handleLint(message: LintRequest, origin: MessageOrigin, { writer, linter, tabs }: BackgroundServices): Promise<LintResponse> {
  if (!isDraft(message.draft)) return { ok: false, error: 'invalid draft' };
  const { draft } = message;
  const ignored = Array.isArray(message.ignored) ? message.ignored.filter((id): id is string => typeof id === 'string') : [];
  // A post published a moment ago (an earlier message) counts without waiting for its write: the
  // writer handed it to the linter when it accepted it.
  const answer = linter.lint(draft).then((a) => {
    const status = writer.status();
    return status && !a.paused ? { ...a, notice: writeStatusNotice(status) } : a;
  });
  const tabId = tabIdOf(origin);
  if (tabId !== null) {
    // Queued now, written once the lint is done and answered (the answer is what the person waits
    // for): tab-state updates land in the order they came.
    const patch = answer.then(
      (a) =>
        new Promise<TabStatePatch>((resolve) =>
          setTimeout(() => {
            if (a.paused) resolve({ paused: true, draft: null });
            else resolve(message.report ? { paused: false, draft: tabStateDraft(draft.text, draft.kind, shownDiagnostics(a.diagnostics, ignored)) } : { paused: false });
          }, 0),
        ),
      () => null,
    );
    void tabs.update(tabId, draft.platform, patch);
  }
  try {
    return await answer;
  } catch (error) {
    console.warn('PostLint: linting failed', error);
    return failure(error);
  }
}

/** Handles one PostLint message; never rejects (the answer says what went wrong). */
export async function handlePostLintMessage(
  message: PostLintMessage,
  origin: MessageOrigin,
  services: BackgroundServices,
): Promise<PostLintResponse | LintResponse | HistoryPageResponse> {
  try {
    switch (message.type) {
      case 'postlint:lint':
        return await handleLint(message, origin, services);
      case 'postlint:publish': {
        const { saved } = await services.writer.recordPublishedPost(message.post, message.publishId);
        return { ok: true, saved };
      }
      case 'postlint:rule-off':
        if (typeof message.ruleId !== 'string' || !message.ruleId) return { ok: false, error: 'invalid rule id' };
        return { ok: true, undo: await turnRuleOff(message.ruleId) };
      case 'postlint:rule-restore':
        if (!isRuleUndo(message.undo)) return { ok: false, error: 'invalid undo' };
        await restoreRule(message.undo);
        return { ok: true };
      case 'postlint:open-options':
        if (typeof message.hash !== 'string' || !OPTIONS_HASH.test(message.hash)) return { ok: false, error: 'invalid options section' };
        if (!services.openTab) return { ok: false, error: 'cannot open tabs here' };
        await services.openTab(`/options.html#${message.hash}`);
        return { ok: true };
      case 'postlint:tab-state': {
        const tabId = tabIdOf(origin);
        if (tabId === null) return { ok: false, error: 'tab state from outside a tab' };
        if (!platforms.has(message.platform) || message.patch === null || typeof message.patch !== 'object') return { ok: false, error: 'invalid tab state' };
        const { paused, readyMs, draft } = message.patch;
        const written = await services.tabs.update(tabId, message.platform as Platform, { paused, readyMs, draft });
        return written ? { ok: true } : { ok: false, error: 'invalid tab state' };
      }
      case 'postlint:history-import':
      case 'postlint:history-delete':
      case 'postlint:history-clear':
      case 'postlint:history-set-aside-clear':
      case 'postlint:history-compact':
        return await handleHistoryPageMessage(message, origin, services.writer);
      default:
        return { ok: false, error: 'unknown message' };
    }
  } catch (error) {
    console.warn('PostLint: message rejected', (message as { type?: unknown }).type, error);
    return failure(error);
  }
}

/** The part of `runtime.Port` the lint port needs. */
export interface LintPort {
  readonly sender?: MessageOrigin;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: LintPortAnswer): void;
}

/** Answers the lint requests that arrive on a content script's lint port (see `LINT_PORT_NAME`). */
export function serveLintPort(port: LintPort, services: BackgroundServices): void {
  port.onMessage.addListener((message) => {
    if (!isLintPortRequest(message)) return;
    void handleLint(message.request, port.sender ?? {}, services).catch(failure).then((answer) => {
      try {
        port.postMessage({ id: message.id, answer });
      } catch {
        // The tab closed or navigated away meanwhile: nobody to answer.
      }
    });
  });
}
