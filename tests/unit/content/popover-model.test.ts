import { describe, expect, it } from 'vitest';
import { buildPopoverModel, describeCounts, groupDiagnostics, HARD_SELL_NAME } from '../../../src/content/popover-model';
import type { Diagnostic } from '../../../src/lint/types';

const d = (ruleId: string, severity: Diagnostic['severity'], spans: [number, number][] = []): Diagnostic => ({
  ruleId,
  severity,
  message: `${ruleId} message`,
  spans: spans.map(([start, end]) => ({ start, end })),
});
const TEXT = 'FLASH SALE 40% OFF today only, shop now. See you Saturday.';
const RULES = { 'ad-tone': { name: 'Reads like an ad', why: 'w', description: '' }, shouting: { name: 'Shouting', why: 'w', description: '' } };

describe('popover model', () => {
  it('reads a hard sell (ad tone, shouting, only an offer) as one problem with its parts, the ad first', () => {
    const model = buildPopoverModel([d('shouting', 'warning', [[0, 10]]), d('audience-value', 'info'), d('ad-tone', 'warning', [[0, 10], [31, 39]])], TEXT, RULES);
    expect(model.items).toHaveLength(1);
    const [item] = model.items;
    expect(item.name).toBe(HARD_SELL_NAME);
    expect(item.parts.map((p) => p.diagnostic.ruleId)).toEqual(['ad-tone', 'shouting', 'audience-value']);
    expect(item.words).toEqual(['“FLASH SALE”', '“shop now”']);
    expect(item.severity).toBe('warning');
    expect(model.counts).toEqual({ total: 1, error: 0, warning: 1, info: 0 });
  });

  it('keeps shouting on its own without an ad, and merges any diagnostics flagging the same words', () => {
    const groups = groupDiagnostics([d('shouting', 'warning', [[0, 5]]), d('engagement-bait', 'warning', [[3, 8]]), d('length-limit', 'error')]);
    expect(groups.map((g) => g.map((x) => x.ruleId))).toEqual([['shouting', 'engagement-bait'], ['length-limit']]);
  });

  it('a diagnostic bridging two groups joins them into one', () => {
    const groups = groupDiagnostics([d('a', 'info', [[0, 2]]), d('b', 'info', [[10, 12]]), d('c', 'info', [[1, 11]])]);
    expect(groups).toHaveLength(1);
  });

  it('orders problems most severe first, then by where they are in the draft', () => {
    const model = buildPopoverModel([d('posting-frequency', 'info'), d('hashtag-stuffing', 'warning', [[40, 45]]), d('cold-pitch', 'warning', [[5, 9]]), d('length-limit', 'error')], TEXT);
    expect(model.items.map((i) => i.key)).toEqual(['length-limit', 'cold-pitch', 'hashtag-stuffing', 'posting-frequency']);
    expect(model.counts).toEqual({ total: 4, error: 1, warning: 2, info: 1 });
    expect(describeCounts(model.counts)).toBe('1 error, 2 warnings, 1 note');
  });

  it('counts a group by its worst part, so badge and header agree with the list', () => {
    const model = buildPopoverModel([d('ad-tone', 'info', [[0, 5]]), d('shouting', 'error', [[0, 5]])], TEXT);
    expect(model.counts).toEqual({ total: 1, error: 1, warning: 0, info: 0 });
    expect(describeCounts(buildPopoverModel([], '').counts)).toBe('no problems');
  });

  it('names parts by the rule\'s human name, falling back to its id', () => {
    const model = buildPopoverModel([d('ad-tone', 'warning', [[0, 5]]), d('duplicate-promotion', 'warning')], TEXT, RULES);
    expect(model.items.map((i) => i.name).sort()).toEqual(['Reads like an ad', 'duplicate-promotion']);
  });
});
