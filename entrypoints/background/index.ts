import { browser, defineBackground } from '#imports';
import { forgetTab, handlePostLintMessage } from '../../src/history/background-handlers';
import { isPostLintMessage } from '../../src/history/messages';
import { createHistoryWriter } from '../../src/history/writer';

/**
 * The single writer of the history and the keeper of each tab's latest lint result. Everything it
 * needs is in storage, so it may be stopped and restarted at any time (MV3 service worker).
 */
export default defineBackground(() => {
  const writer = createHistoryWriter();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isPostLintMessage(message)) return undefined;
    // sendResponse + `return true` works in every Chrome and Firefox version; returning a promise does not.
    void handlePostLintMessage(message, sender, writer).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId).catch(() => undefined);
  });

  // Old and unreadable records go once per browser start and update, not only on the next write.
  const compact = () => void writer.compactHistory().catch((error: unknown) => console.warn('PostLint: compaction failed', error));
  browser.runtime.onInstalled.addListener(compact);
  browser.runtime.onStartup.addListener(compact);
});
