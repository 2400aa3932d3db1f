import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStoredHistory } from './stored-history';
import { createLintService, REWARM_WAIT_MS } from '../../../src/history/lint-service';
import type { LintRequest } from '../../../src/history/messages';
import { settingsItem } from '../../../src/storage/settings';
import * as core from '../../../src/lint';

// The real lint core, counted: re-warming shows up as lint calls nobody asked for.
vi.mock('../../../src/lint', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/lint')>();
  return { ...actual, lint: vi.fn(actual.lint) };
});

const NOW = Date.parse('2026-11-24T12:00:00Z');
const HARD_SELL = 'FLASH SALE 40% OFF everything today only, shop now!!!';
const draft = (text: string, platform: LintRequest['draft']['platform'] = 'x'): LintRequest['draft'] => ({ text, platform, kind: 'post' });
const post = (text: string, minutesAgo: number, platform = 'x') => ({
  id: `${text}-${minutesAgo}`,
  text,
  platform,
  kind: 'post',
  publishedAt: new Date(NOW - minutesAgo * 60_000).toISOString(),
  diagnostics: [],
  heeded: false,
  source: 'extension',
});
const service = () => createLintService({ now: () => NOW, rewarmDelayMs: -1 });
const ruleIds = (answer: Awaited<ReturnType<ReturnType<typeof createLintService>['lint']>>) => (answer.paused ? null : answer.diagnostics.map((d) => d.ruleId));

describe('background lint service', () => {
  it('loads settings and history lazily, on the first request, once', async () => {
    await setStoredHistory([post(HARD_SELL, 60)]);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const linter = service();
    expect(linter.history).toBeNull();
    expect(get).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([linter.lint(draft(HARD_SELL)), linter.lint(draft('Hello'))]);
    expect(ruleIds(a)).toContain('duplicate-promotion');
    expect(b.ok).toBe(true);
    const reads = get.mock.calls.length;
    await linter.lint(draft('Hello again'));
    expect(get.mock.calls.length).toBe(reads);
    linter.dispose();
  });

  it('reads only the months of the last year and a bit', async () => {
    await setStoredHistory([post('Two years ago', 2 * 365 * 24 * 60), post('Fresh rye bread this morning', 60)]);
    const linter = service();
    await linter.lint(draft('Hello'));
    expect(linter.history!.map((p) => p.text)).toEqual(['Fresh rye bread this morning']);
    linter.dispose();
  });

  it('reuses the same history array between requests, and replaces it only when the history changes', async () => {
    await setStoredHistory([post('Fresh rye bread this morning', 60)]);
    const linter = service();
    await linter.lint(draft('Hello'));
    const first = linter.history;
    await linter.lint(draft('Hello there'));
    expect(linter.history).toBe(first);

    // A post the writer accepts counts at once; the storage write after it carries the same list: one array.
    const fresh = post(HARD_SELL, 1);
    linter.historyAccepted(fresh as never);
    const second = linter.history;
    expect(second).not.toBe(first);
    expect(second).toHaveLength(2);
    await setStoredHistory([post('Fresh rye bread this morning', 60), fresh]);
    await vi.waitFor(() => expect(linter.history).toBe(second));
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).toContain('duplicate-promotion');

    // A change made elsewhere (an import, a delete on the options page) arrives by the storage watch.
    await setStoredHistory([]);
    await vi.waitFor(() => expect(linter.history).toEqual([]));
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).not.toContain('duplicate-promotion');
    linter.dispose();
  });

  it('cuts very long history texts for linting', async () => {
    await setStoredHistory([post('x'.repeat(300_000), 60)]);
    const linter = service();
    await linter.lint(draft('Hello'));
    expect(linter.history![0].text.length).toBe(20_000);
    linter.dispose();
  });

  it('skips history records the lint core cannot read', async () => {
    await setStoredHistory([post('ok', 5), { text: 42 }, 'junk', { ...post('bad date', 1), publishedAt: 'yesterday' }]);
    const linter = service();
    await linter.lint(draft('Hello'));
    expect(linter.history!.map((p) => p.text)).toEqual(['ok']);
    linter.dispose();
  });

  it('applies settings changes to the next lint, repairing them field by field', async () => {
    const linter = service();
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).toContain('ad-tone');
    await settingsItem.setValue({ rules: { 'ad-tone': { enabled: false, severity: 'loud' } } });
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).not.toContain('ad-tone');
    expect(linter.settings!.rules['ad-tone']).toMatchObject({ enabled: false, severity: 'warning' });
    await settingsItem.setValue({});
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).toContain('ad-tone');
    linter.dispose();
  });

  it('answers paused for a site that is off, and lints the other sites', async () => {
    await settingsItem.setValue({ sites: { linkedin: false } });
    const linter = service();
    expect(await linter.lint(draft(HARD_SELL, 'linkedin'))).toEqual({ ok: true, paused: true });
    expect((await linter.lint(draft(HARD_SELL, 'x'))).paused).toBeFalsy();
    await settingsItem.setValue({ sites: { linkedin: true } });
    expect((await linter.lint(draft(HARD_SELL, 'linkedin'))).paused).toBeFalsy();
    linter.dispose();
  });

  it('keeps a change seen while the first load was running', async () => {
    const linter = service();
    const pending = linter.lint(draft(HARD_SELL));
    await settingsItem.setValue({ rules: { 'ad-tone': { enabled: false } } });
    await pending;
    expect(ruleIds(await linter.lint(draft(HARD_SELL)))).not.toContain('ad-tone');
    linter.dispose();
  });

  it('warms up: loads and builds the caches before any request', async () => {
    await setStoredHistory([post(HARD_SELL, 60)]);
    const linter = service();
    await linter.warmUp();
    expect(linter.history).toHaveLength(1);
    expect(linter.settings).not.toBeNull();
    linter.dispose();
  });

  it('re-warms after a change, off the request path', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const linter = createLintService({ now: () => NOW, rewarmDelayMs: 50 });
      await linter.warmUp();
      linter.historyAccepted(post(HARD_SELL, 1) as never);
      await vi.advanceTimersByTimeAsync(60);
      expect(linter.history).toHaveLength(1);
      linter.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('re-warms once the history writer is idle (or has stalled for a while), so a publish is never held up behind it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let idle!: () => void;
      const writesSettled = vi.fn(() => new Promise<void>((resolve) => (idle = resolve)));
      const linter = createLintService({ now: () => NOW, rewarmDelayMs: 50, writesSettled });
      await linter.warmUp();
      const lint = vi.mocked(core.lint);
      lint.mockClear();
      linter.historyAccepted(post(HARD_SELL, 1) as never);
      await vi.advanceTimersByTimeAsync(200);
      expect(writesSettled).toHaveBeenCalledTimes(1);
      expect(lint).not.toHaveBeenCalled(); // the write is still on its way
      idle();
      await vi.advanceTimersByTimeAsync(0);
      expect(lint).toHaveBeenCalled();
      expect(lint.mock.calls[0][1].history).toHaveLength(1);
      // A write that stalls does not put re-warming off for longer than REWARM_WAIT_MS.
      writesSettled.mockImplementation(() => new Promise<void>(() => undefined));
      lint.mockClear();
      linter.historyAccepted(post('Our opening hours change next week.', 2) as never);
      await vi.advanceTimersByTimeAsync(50 + REWARM_WAIT_MS - 10);
      expect(lint).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(20);
      expect(lint).toHaveBeenCalled();
      linter.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
