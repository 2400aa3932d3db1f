import { browser, defineBackground } from '#imports';
import { handlePostLintMessage, serveLintPort } from '../../src/history/background-handlers';
import { handleCommand, type CommandTab } from '../../src/history/commands';
import { createLintService } from '../../src/history/lint-service';
import { isPostLintMessage, LINT_PORT_NAME } from '../../src/history/messages';
import { createTabStates } from '../../src/history/tab-state';
import { LEGACY_HISTORY_KEY } from '../../src/history/store/layout';
import { createHistoryWriter } from '../../src/history/writer';
import { migrateLegacySettings } from '../../src/storage/settings';
import { LEGACY_KEY } from '../../src/storage/sync-layout';

/**
 * The single writer of the history, the one place drafts are linted (settings and history held in
 * memory, loaded on the first request after the worker starts), and the keeper of each tab's latest
 * lint result. Everything it needs is in storage, so it may be stopped and restarted at any time
 * (MV3 service worker).
 */
export default defineBackground(() => {
  // The linter re-warms its caches only once the writer is idle, so a publish is never held up behind it.
  const linter = createLintService({ writesSettled: () => writer.settled() });
  const writer = createHistoryWriter({ onAccepted: (record) => linter.historyAccepted(record) });
  const tabs = createTabStates();
  const services = {
    writer,
    linter,
    tabs,
    openTab: (path: string) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') }),
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isPostLintMessage(message)) return undefined;
    // sendResponse + `return true` works in every Chrome and Firefox version; returning a promise does not.
    void handlePostLintMessage(message, sender, services).then(sendResponse);
    return true;
  });

  // Lint requests come over one long-lived port per content script (quicker than a message each).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === LINT_PORT_NAME) serveLintPort(port, services);
  });

  const commandDeps = {
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    sendToTab: (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message),
  };
  const onCommand = (command: string, tab?: CommandTab) => handleCommand(command, tab, commandDeps);
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // The browser tests run the command through here: headless Chromium cannot press a browser
  // shortcut. Only the extension's own pages and worker can reach this global.
  (globalThis as { __postlintCommand?: typeof onCommand }).__postlintCommand = onCommand;

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId).catch(() => undefined);
  });

  // Once per browser start and update: the first version's list moves into months, unreadable
  // records are set aside (and readable ones come back), the retention setting applies. Also when
  // an older layout appears (restored by hand), and when the person changes the retention.
  const compact = () => void writer.compactHistory().catch((error: unknown) => console.warn('PostLint: compaction failed', error));
  browser.runtime.onInstalled.addListener(compact);
  browser.runtime.onStartup.addListener(compact);
  browser.storage.local.onChanged.addListener((changes) => {
    if (changes[LEGACY_HISTORY_KEY]?.newValue != null) compact();
  });

  // Settings in the first version's single sync item (this machine's, or written since by an older
  // version on another) move into the per-section layout that keeps each item under sync's quota.
  const migrate = () => void migrateLegacySettings().catch((error: unknown) => console.warn('PostLint: moving settings failed', error));
  migrate();
  browser.storage.sync.onChanged.addListener((changes) => {
    if (changes[LEGACY_KEY]?.newValue !== undefined) migrate();
  });

  // Load settings and history and build the lint core's caches now, so the first keystroke after
  // the worker (re)starts rarely waits for them.
  void linter.warmUp().catch((error: unknown) => console.warn('PostLint: warming up failed', error));
});
