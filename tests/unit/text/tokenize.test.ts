import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../src/lint/text/links';
import { tokenize } from '../../../src/lint/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['Hi.Check this', ['Hi', 'Check', 'this']],
    ['e.g. this', ['e', 'g', 'this']],
    ['Shop at mybakery.pl today', ['Shop', 'at', 'mybakery.pl', 'today']],
    ['shop.example.com/sale', ['shop.example.com', 'sale']],
    ['anna@mybakery.pl', ['anna', '@', 'mybakery', 'pl']],
    ['3.14 and v2.0', ['3.14', 'and', 'v2.0']],
    ['Nice.nice.how is it?', ['Nice', 'nice', 'how', 'is', 'it', '?']],
    ["don't.Stop", ["don't", 'Stop']],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps a word whole exactly when it lies in a link the link finder found', () => {
    for (const text of ['Visit mybakery.pl now', 'Hi.Check', 'Big news.Today', 'www.example.co.uk/menu']) {
      const links = findLinks(text);
      for (const t of tokenize(text)) {
        const dotted = text.slice(t.start, t.end).includes('.');
        if (dotted) expect(links.some((l) => l.start <= t.start && t.end <= l.end), text).toBe(true);
      }
    }
  });
});
