/** The words a shop owner reads first carry no scores or thresholds; figures go to `details`. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, lint } from '../../../src/lint';

const DRAFTS = [
  'FLASH SALE!!! 40% OFF EVERYTHING TODAY ONLY, SHOP NOW AT OUR STORE',
  'Book your free demo today, trusted by 1,000 brands. Seats are running out!',
];

describe('plain words in messages and evidence', () => {
  it.each(DRAFTS)('%s', (text) => {
    const diagnostics = lint({ text, platform: 'x', kind: 'post' }, { now: Date.parse('2026-12-01T09:00:00Z'), history: [] }, defaultSettings());
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(`${d.message} ${d.evidence ?? ''}`, d.ruleId).not.toMatch(/\bscore\b|threshold|cased letters|warning from|\(\s*\d+(\.\d+)?\s*\)/i);
    }
  });

  it('keeps the figures of shouting in its details line', () => {
    const [text] = DRAFTS;
    const shouting = lint({ text, platform: 'x', kind: 'post' }, { now: 0, history: [] }, defaultSettings()).find((d) => d.ruleId === 'shouting');
    expect(shouting?.details).toMatch(/% of \d+ cased letters are capitals/);
  });
});
