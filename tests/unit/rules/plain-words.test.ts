/** The words a shop owner reads first carry no scores or thresholds; figures go to `details`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, lint, type Kind } from '../../../src/lint';
import type { PhraseList } from '../../../src/lint/phrases/match';

const DRAFTS: { text: string; kind: Kind }[] = [
  { text: 'FLASH SALE!!! 40% OFF EVERYTHING TODAY ONLY, SHOP NOW AT OUR STORE', kind: 'post' },
  { text: 'Book your free demo today, trusted by 1,000 brands. Seats are running out!', kind: 'post' },
  { text: 'Like, share and tag 3 friends who need this! Comment YES if you agree', kind: 'post' },
  { text: 'Great post! We help businesses like yours get more clients, DM me for a free consultation', kind: 'reply' },
  { text: 'Our winter menu is here. Call now on 0161 496 0000 to book your table, only 3 tables left this weekend!', kind: 'post' },
  { text: `${'Our sourdough takes three days from starter to loaf, and every step matters. '.repeat(5)}`, kind: 'post' },
];

/** What only a maintainer should read: figures of the scoring, and the lists' own reasoning. */
const INTERNALS = /\bscore\b|threshold|cased letters|warning from|weighted|UTF-16|\(\s*\d+(\.\d+)?\s*\)|\+\d/i;
const LIST_REASONING = /\bso (weak|moderate|mild|small|tiny)\b|\bmild\b|\bweak(er)?\b|\btiny\b|on its own|imperative|mechanic|tokenizer|lead-generation|baiting|counts only|\bcancels\b/i;

/** The files whose notes the popover quotes (ad-tone's and cold-pitch's evidence, engagement-bait's). */
const SHOWN_FILES = ['ad', 'cta', 'urgency', 'engagement-bait', 'call-verbs', 'call-leads', 'scarcity', 'self-praise', 'buyer-address', 'offers', 'reply-pitch', 'self-announcement'];
const PHRASES_DIR = path.resolve(import.meta.dirname, '../../../src/lint/phrases');

function shownLists(): PhraseList[] {
  return readdirSync(PHRASES_DIR)
    .filter((f) => SHOWN_FILES.includes(f.replace(/\.json$/, '')))
    .map((f) => JSON.parse(readFileSync(path.join(PHRASES_DIR, f), 'utf8')) as PhraseList);
}

describe('plain words in messages and evidence', () => {
  it.each(DRAFTS)('$text', ({ text, kind }) => {
    const diagnostics = lint({ text, platform: 'x', kind }, { now: Date.parse('2026-12-01T09:00:00Z'), history: [] }, defaultSettings());
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      const read = `${d.message} ${d.evidence ?? ''} ${d.suggestion ?? ''}`;
      expect(read, d.ruleId).not.toMatch(INTERNALS);
      expect(read, d.ruleId).not.toMatch(LIST_REASONING);
    }
  });

  it('keeps the figures of shouting in its details line', () => {
    const [{ text }] = DRAFTS;
    const shouting = lint({ text, platform: 'x', kind: 'post' }, { now: 0, history: [] }, defaultSettings()).find((d) => d.ruleId === 'shouting');
    expect(shouting?.details).toMatch(/% of \d+ cased letters are capitals/);
  });

  it('keeps the figures of engagement bait and length in details', () => {
    const settings = defaultSettings();
    const bait = lint({ text: DRAFTS[2].text, platform: 'x', kind: 'post' }, { now: 0, history: [] }, settings).find((d) => d.ruleId === 'engagement-bait');
    expect(bait?.evidence).toMatch(/^What it does: .*tag friends/);
    expect(bait?.details).toMatch(/score \d+/);
    const long = lint({ text: 'a'.repeat(300), platform: 'x', kind: 'post' }, { now: 0, history: [] }, settings).find((d) => d.ruleId === 'length-limit');
    expect(long?.evidence).toBeUndefined();
    expect(long?.details).toMatch(/weighted length 300/);
  });

  it('gives every note the popover may quote in plain words, not the list maintainer’s reasoning', () => {
    const lists = shownLists();
    expect(lists).toHaveLength(SHOWN_FILES.length);
    const jargon = lists.flatMap((l) => l.entries.filter((e) => e.weight > 0 && LIST_REASONING.test(e.note)).map((e) => `${l.list}: ${e.phrase}: ${e.note}`));
    expect(jargon).toEqual([]);
  });
});
