/**
 * What the background service worker does with each message. Kept apart from the entrypoint so the
 * unit tests drive it directly with the fake browser.
 */
import { storage } from '#imports';
import type { PostLintMessage, PostLintResponse } from './messages';
import { tabStateKey, tabStateSchema } from './tab-state';
import type { HistoryWriter } from './writer';

/** The part of `runtime.MessageSender` the handlers use. */
export interface MessageOrigin {
  tab?: { id?: number };
}

/** Handles one PostLint message; never rejects (the answer says what went wrong). */
export async function handlePostLintMessage(
  message: PostLintMessage,
  origin: MessageOrigin,
  writer: HistoryWriter,
): Promise<PostLintResponse> {
  try {
    if (message.type === 'postlint:publish') {
      await writer.recordPublishedPost(message.post);
      return { ok: true };
    }
    const tabId = origin.tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, error: 'tab state from outside a tab' };
    await storage.setItem(tabStateKey(tabId), tabStateSchema.parse(message.state));
    return { ok: true };
  } catch (error) {
    console.warn('PostLint: message rejected', message.type, error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Forgets a closed tab's state. */
export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}
