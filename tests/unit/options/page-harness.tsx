/**
 * What the options page tests share: the background's handlers answering the page's messages (as
 * the service worker does), storage.sync with Chrome's quotas enforced (WXT's fake storage has
 * none), the page rendered at an address, and history records to seed.
 */
import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { handlePostLintMessage, type BackgroundServices } from '../../../src/history/background-handlers';
import { createLintService } from '../../../src/history/lint-service';
import type { PostLintMessage } from '../../../src/history/messages';
import type { HistoryRecord } from '../../../src/history/schema';
import { createTabStates } from '../../../src/history/tab-state';
import { createHistoryWriter } from '../../../src/history/writer';
import { itemBytes, SYNC_QUOTA } from '../../../src/storage/sync-layout';

// The whole page renders in happy-dom on a shared, busy machine: give it time.
configure({ asyncUtilTimeout: 5000 });

export const NOW = Date.parse('2026-11-24T12:00:00Z');

/** The background's services, answering `runtime.sendMessage` from the page. */
export function startBackground(now = NOW): BackgroundServices {
  const linter = createLintService({ now: () => now, rewarmDelayMs: -1 });
  const writer = createHistoryWriter({ now: () => now, onAccepted: (record) => linter.historyAccepted(record) });
  const services = { writer, linter, tabs: createTabStates({ now: () => now }) };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    handlePostLintMessage(message as PostLintMessage, { url: 'chrome-extension://test-extension-id/options.html' }, services),
  );
  return services;
}

/** Makes the fake `storage.sync.set` refuse what Chrome refuses: an item over 8 KB, more than 100 KB in all. */
export function enforceSyncQuota() {
  const area = fakeBrowser.storage.sync;
  // A spy left from an earlier test would wrap itself: start from the real method.
  const current = area.set;
  if (vi.isMockFunction(current)) current.mockRestore();
  const realSet = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.perItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    }
    const after = { ...(await area.get(null)), ...items };
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  });
}

/** Renders the options page as if opened at `hash`. */
export function renderOptions(hash = '') {
  // happy-dom does no layout: give the history's scroller the size a screen would, so the
  // virtualised list renders its rows.
  const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight') ?? Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('history-scroller') ? 480 : (height?.get?.call(this) ?? 0);
  });
  window.history.replaceState(null, '', `/options.html${hash}`);
  return render(<OptionsPage />);
}

/** A stored history record. */
export function record(id: string, text: string, minutesAgo: number, extra: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    id,
    text,
    platform: 'x',
    kind: 'post',
    publishedAt: new Date(NOW - minutesAgo * 60_000).toISOString(),
    diagnostics: [],
    heeded: false,
    source: 'extension',
    ...extra,
  };
}

/** Catches what the page offers for download (Blob + `<a download>`): file name and text. */
export function catchDownloads(): { name: string; text: () => Promise<string> }[] {
  const files: { name: string; text: () => Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    files.push({ name: this.download, text: () => blob.text() });
  });
  return files;
}
