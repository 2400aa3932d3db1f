import { describe, expect, it } from 'vitest';
import { loadSettings, settingsSchema } from '../../src/lint';
import { Analysis, phraseMatchers } from '../../src/lint/analysis';
import { BUILTIN_PHRASE_LISTS } from '../../src/lint/phrases';
import { parsePhrase, PhraseMatcher, type PhraseList } from '../../src/lint/phrases/match';
import { tokenize } from '../../src/lint/text/tokenize';

const list = (name: string, ...phrases: string[]): PhraseList => ({
  list: name,
  description: 'test',
  entries: phrases.map((phrase) => ({ phrase, weight: 1, note: phrase })),
});

/** Hits as `list:text@start-end`. */
function hits(lists: PhraseList[], text: string): string[] {
  return new PhraseMatcher(lists).match(text).map((h) => `${h.list}:${h.text}@${h.start}-${h.end}`);
}

describe('tokenize', () => {
  it('lowercases, drops apostrophes and keeps UTF-16 offsets', () => {
    const text = "🎉 Don’t MISS it's";
    expect(tokenize(text).map((t) => [t.norm, t.start, t.end])).toEqual([
      ['dont', 3, 8],
      ['miss', 9, 13],
      ['its', 14, 18],
    ]);
  });

  it('makes one token of a number with dots, commas or an ordinal/k/x suffix', () => {
    const toks = tokenize('1,000 1.50 3rd 10k 2x 4u');
    expect(toks.map((t) => [t.norm, t.isNumber])).toEqual([
      ['1,000', true],
      ['1.50', true],
      ['3rd', true],
      ['10k', true],
      ['2x', true],
      ['4u', false],
    ]);
  });

  it('splits a comma between words ("sale,shop now" is three words), not between digits', () => {
    expect(tokenize('sale,shop now 3,5').map((t) => t.norm)).toEqual(['sale', 'shop', 'now', '3,5']);
  });

  it('keeps % $ £ € @ # ! ? as tokens of their own', () => {
    expect(tokenize('$5 40% £2 €3 @ana #tbt wow!?').map((t) => t.norm)).toEqual(
      ['$', '5', '40', '%', '£', '2', '€', '3', '@', 'ana', '#', 'tbt', 'wow', '!', '?'],
    );
  });

  it('keeps inner dots (domains, abbreviations) in one token', () => {
    expect(tokenize('shop.example.com e.g.').map((t) => t.norm)).toEqual(['shop.example.com', 'e', 'g']);
  });
});

describe('parsePhrase', () => {
  it.each([
    ['{n} % off', ['{n}', '%', 'off']],
    ['{n}% off', ['{n}', '%', 'off']],
    ['${n}', ['$', '{n}']],
    ["Don't  miss", ['dont', 'miss']],
    ['discount*', ['discount*']],
    ['pre-order*', ['pre', 'order*']],
    ['text {w} to {n}', ['text', '{w}', 'to', '{n}']],
    ['  ', []],
  ])('%s', (phrase, parts) => {
    expect(parsePhrase(phrase)).toEqual(parts);
  });
});

describe('PhraseMatcher', () => {
  it('matches case-insensitively with exact spans of the text as written', () => {
    expect(hits([list('ad', 'flash sale')], 'Big FLASH  Sale!')).toEqual(['ad:FLASH  Sale@4-15']);
  });

  it('{n} matches a number only, {w} any word but not a symbol', () => {
    const lists = [list('ad', 'only {n} left'), list('cta', 'text {w} to {n}')];
    expect(hits(lists, 'Only 3 left! only few left. Text JOIN to 55555, text ! to 5')).toEqual([
      'ad:Only 3 left@0-11',
      'cta:Text JOIN to 55555@28-46',
    ]);
  });

  it('word* matches any word with that prefix', () => {
    expect(hits([list('ad', 'discount*')], 'Discounts and discounted, not a disco')).toEqual([
      'ad:Discounts@0-9',
      'ad:discounted@14-24',
    ]);
  });

  it('matches symbols as tokens: "{n} % off", "$ {n}"', () => {
    expect(hits([list('ad', '{n} % off', '$ {n}')], 'Now 40% OFF, was $50')).toEqual(['ad:40% OFF@4-11', 'ad:$50@17-20']);
  });

  it('returns every overlapping match, in text order, tagged with its list', () => {
    expect(hits([list('ad', 'free', 'free shipping'), list('cta', 'shipping today')], 'free shipping today')).toEqual([
      'ad:free@0-4',
      'ad:free shipping@0-13',
      'cta:shipping today@5-19',
    ]);
  });

  it('counts offsets in UTF-16 units after emoji', () => {
    const text = '🔥🔥 shop now';
    const [hit] = new PhraseMatcher([list('cta', 'shop now')]).match(text);
    expect([hit.start, hit.end, text.slice(hit.start, hit.end)]).toEqual([5, 13, 'shop now']);
  });

  it('matches a 1 MB text in one pass', { timeout: 60_000 }, () => {
    const text = 'free shipping, shop now! '.repeat(42_000);
    const found = new PhraseMatcher([list('ad', 'free', 'free shipping', '{w} {w}')]).match(text);
    expect(found.length).toBeGreaterThan(100_000);
  });
});

describe('built-in lists and settings', () => {
  it('gives every built-in entry a weight and a note', () => {
    for (const l of BUILTIN_PHRASE_LISTS) {
      for (const e of l.entries) {
        expect(typeof e.weight, `${l.list}: ${e.phrase}`).toBe('number');
        expect(e.note.trim().length, `${l.list}: ${e.phrase}`).toBeGreaterThan(0);
        expect(parsePhrase(e.phrase).length, `${l.list}: ${e.phrase}`).toBeGreaterThan(0);
      }
    }
  });

  it('drops hits inside an allowed phrase', () => {
    const settings = settingsSchema.parse({ phrases: { allowed: ['Free Spirit'] } });
    const a = new Analysis('Free Spirit yoga: free class on Sunday', settings, []);
    expect(a.hitsOf('ad').map((h) => [h.text, h.start])).toEqual([['free', 18]]);
  });

  it('adds the person\'s own phrases to the named list', () => {
    const settings = settingsSchema.parse({ phrases: { custom: [{ list: 'urgency', phrase: 'doors close soon', weight: 3 }] } });
    const [hit] = new Analysis('Doors close soon!', settings, []).hitsOf('urgency');
    expect([hit.text, hit.entry.weight, hit.entry.note]).toEqual(['Doors close soon', 3, 'words you added in the options']);
  });
});

describe('phrase matchers are shared by equal phrase lists', () => {
  it('builds one matcher for settings read twice with the same phrases, another for different ones', () => {
    const raw = { phrases: { custom: [{ list: 'ad', phrase: 'bake off', weight: 2, note: '' }], allowed: ['free range'] } };
    const a = loadSettings(raw).settings.phrases;
    const b = loadSettings(structuredClone(raw)).settings.phrases;
    expect(a).not.toBe(b);
    expect(phraseMatchers(b)).toBe(phraseMatchers(a));
    const c = loadSettings({ phrases: { ...raw.phrases, allowed: [] } }).settings.phrases;
    expect(phraseMatchers(c)).not.toBe(phraseMatchers(a));
  });
});
