import { describe, expect, it } from 'vitest';
import { runCalendar } from '../../src/cli/calendar';
import { defaultSettings, lint, type HistoryPost, type Platform } from '../../src/lint';
import { HistoryIndex } from '../../src/lint/similarity';
import { fakeIO } from './cli/fake-io';

const PLATFORMS: Platform[] = ['x', 'facebook', 'linkedin'];
const TEXTS = ['20% OFF your entire purchase TODAY', '25% off your entire purchase today!', 'Tip: label every shelf', 'Tip: label every drawer', 'New week, new goals.', 'a', '', 'FLASH SALE today only'];
const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 1);

/** A varied, repeatable history: similar and different texts, platforms, kinds, odd dates. */
function posts(n: number, seed: number): HistoryPost[] {
  return Array.from({ length: n }, (_, i) => {
    const k = (i * 7 + seed) % 97;
    return {
      text: `${TEXTS[k % TEXTS.length]}${k % 3 ? '' : ` ${k}`}`,
      platform: PLATFORMS[k % 3],
      kind: k % 5 ? 'post' : 'comment',
      publishedAt: k % 11 === 0 ? 'not a date' : new Date(START + ((k * 13) % 40) * DAY / 2).toISOString(),
    };
  });
}

describe('HistoryIndex.add', () => {
  it('searches and windows exactly like a fresh index of the same posts, before and after a rebuild', () => {
    const grown = new HistoryIndex(posts(40, 1));
    for (const [step, post] of posts(300, 5).entries()) {
      grown.add(post);
      if (step % 37 !== 0 && step !== 299) continue;
      const fresh = new HistoryIndex(grown.posts);
      expect([...grown.times]).toEqual([...fresh.times]);
      for (const threshold of [0, 0.5, 0.8, 1]) {
        for (const options of [{ threshold }, { threshold, platform: 'x' as const, after: START, until: START + 10 * DAY }, { threshold, filter: (p: HistoryPost) => p.kind === 'post', limit: 3 }]) {
          for (const text of ['20% OFF your entire purchase TODAY', 'Tip: label every shelf', 'a']) {
            expect(grown.search(text, options)).toEqual(fresh.search(text, options));
          }
        }
      }
      expect(grown.publishedWithin(START, START + 15 * DAY)).toEqual(fresh.publishedWithin(START, START + 15 * DAY));
    }
  });
});

describe('calendar on one growing index', () => {
  it('gives the results of linting each row against a freshly built history', () => {
    const history = posts(60, 3);
    const settings = defaultSettings();
    const rows = Array.from({ length: 40 }, (_, i) => ({
      date: new Date(START + 20 * DAY + i * 5 * 3_600_000).toISOString(),
      platform: PLATFORMS[i % 3],
      text: `${TEXTS[i % 4]}${i % 2 ? '' : '!'}`,
    }));
    const csv = ['date,platform,text', ...rows.map((r) => `${r.date},${r.platform},"${r.text}"`)].join('\n');
    const report = runCalendar(fakeIO(), { name: 'plan.csv', content: csv }, { settings, history, kind: 'post' });
    const earlier: HistoryPost[] = [];
    const expected = rows.map((r) => {
      const diagnostics = lint({ text: r.text, platform: r.platform, kind: 'post' }, { now: Date.parse(r.date), history: [...history, ...earlier] }, settings);
      earlier.push({ text: r.text, platform: r.platform, kind: 'post', publishedAt: r.date });
      return diagnostics;
    });
    expect(report.outcomes.map((o) => ('diagnostics' in o ? o.diagnostics : o))).toEqual(expected);
    expect(expected.flat().some((d) => d.ruleId === 'duplicate-promotion')).toBe(true);
  });
});
