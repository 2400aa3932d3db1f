import { describe, expect, it, vi } from 'vitest';
import { handleCommand } from '../../../src/history/commands';

describe('keyboard command', () => {
  it('open-postlint tells the tab it came from to open the popover', async () => {
    const sendToTab = vi.fn().mockResolvedValue({ ok: true });
    const activeTab = vi.fn();
    expect(await handleCommand('open-postlint', { id: 7 }, { activeTab, sendToTab })).toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'postlint:open-popover' });
    expect(activeTab).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, ignores other commands, and survives a tab without PostLint', async () => {
    const sendToTab = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    expect(await handleCommand('open-postlint', undefined, { activeTab: async () => ({ id: 3 }), sendToTab })).toBe(false);
    expect(sendToTab).toHaveBeenCalledWith(3, { type: 'postlint:open-popover' });
    expect(await handleCommand('something-else', { id: 3 }, { activeTab: async () => undefined, sendToTab })).toBe(false);
  });
});
