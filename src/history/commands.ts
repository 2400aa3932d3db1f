/**
 * The manifest's keyboard commands, handled in the background: `open-postlint` (Alt+Shift+L by
 * default) asks the active tab's content script to open the popover of its focused compose box.
 * Kept apart from the entrypoint so tests can drive it with a fake `sendToTab`.
 */
import { OPEN_POPOVER_COMMAND, type OpenPopoverMessage } from './messages';

/** The part of `tabs.Tab` the handler reads. */
export interface CommandTab {
  id?: number;
}

/**
 * Handles one command. `tab` is the tab the browser names (Chrome passes it); without it, the
 * active tab is asked for. Resolves to whether a content script was told; never rejects.
 */
export async function handleCommand(
  command: string,
  tab: CommandTab | undefined,
  deps: { activeTab(): Promise<CommandTab | undefined>; sendToTab(tabId: number, message: OpenPopoverMessage): Promise<unknown> },
): Promise<boolean> {
  if (command !== OPEN_POPOVER_COMMAND) return false;
  try {
    const target = tab?.id !== undefined ? tab : await deps.activeTab();
    if (target?.id === undefined || target.id < 0) return false;
    await deps.sendToTab(target.id, { type: 'postlint:open-popover' });
    return true;
  } catch {
    // No content script in that tab (not one of the four sites): nothing to open.
    return false;
  }
}
