import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import { asciiDomains } from '../../../src/lint/text/ascii-domains';
import { findLinks, findLinksAsX } from '../../../src/lint/text/links';
import { ASCII_DOMAIN } from '../../../src/lint/text/url-patterns';

const linked = (text: string) => findLinks(text).map((s) => text.slice(s.start, s.end));

describe('findLinks: the one link finder', () => {
  it.each<[string, string[]]>([
    // Bare domains on any country code or common generic TLD, for every rule alike.
    ['Nice! mybakery.ru', ['mybakery.ru']],
    ['Nice! mybakery.dev', ['mybakery.dev']],
    ['mybakery.pl/sale', ['mybakery.pl/sale']],
    ['shop at shop.example.com/sale!', ['shop.example.com/sale']],
    // Schemes and www.
    ['see https://example.com/a?b=1, then', ['https://example.com/a?b=1']],
    ['http://a.io and HTTPS://B.IO', ['http://a.io', 'HTTPS://B.IO']],
    ['www.example.co.uk/menu.', ['www.example.co.uk/menu']],
    // X links only http(s): a domain after another scheme's "//" is no link.
    ['ftp://files.example.com', []],
    // Trailing punctuation is not part of the link; balanced parentheses are.
    ['(http://a.io)', ['http://a.io']],
    ['Visit example.com.', ['example.com']],
    ['Read example.com/faq?!', ['example.com/faq']],
    ['Go: example.org, now', ['example.org']],
    ['(see https://example.com/a_(b)).', ['https://example.com/a_(b)']],
    // E-mail addresses, missing spaces between words, files and numbers are not links.
    ['write to anna@mybakery.pl', []],
    ['Hi.Check this out', []],
    ['e.g. node.js and 3.14 are not links', []],
    ['config.json', []],
    // Two sentences with the space missing, though X links them (its weighted length still counts 23).
    ['I was out at the time.you there?', []],
    ['Big news.Today we open', []],
    ['', []],
  ])('%j links %j', (text, links) => {
    expect(linked(text)).toEqual(links);
  });

  it('keeps X\'s own view for the weighted length', () => {
    expect(findLinksAsX('Big news.Today we open').map((s) => [s.start, s.end])).toEqual([[4, 14]]);
    expect(findLinksAsX('Nice! mybakery.dev')).toEqual(findLinks('Nice! mybakery.dev'));
  });

  it.each<[string, 'reply' | 'post', string]>([
    ['Nice! mybakery.ru', 'reply', 'cold-pitch'],
    ['Nice! mybakery.dev', 'reply', 'cold-pitch'],
    ['mybakery.pl/sale', 'post', 'empty-post'],
  ])('every rule reads %j as a link (%s: %s)', (text, kind, ruleId) => {
    const found = lint({ text, platform: 'x', kind }, { now: 0, history: [] }).filter((d) => d.ruleId === ruleId);
    expect(found.map((d) => d.spans)).toEqual([findLinks(text).map(({ start, end }) => ({ start, end }))]);
  });

  it('finds the ASCII domains in a domain of any script like the pattern it replaces', () => {
    const reference = (d: string) => [...d.matchAll(new RegExp(ASCII_DOMAIN, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const piece = fc.constantFrom('a', 'b', '-', '.', 'ж', 'co', 'com', 'm', 'xn--', 'n', 'é', '_', 'Z', 'uk', 'рф', '1', 'org');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')), (domain) => {
        expect(asciiDomains(domain)).toEqual(reference(domain));
      }),
      { numRuns: 5000 },
    );
  });

  // Speed is measured in scripts/bench; here only that these inputs give the right answer.
  it('reads an "xn--" domain with a 64 K label as no link', () => {
    const text = `xn--${'a'.repeat(64_000)}ж.com`;
    expect(findLinks(text)).toEqual([]);
    expect(findLinks(`see ${text} or example.com`).map((s) => s.end)).toEqual([text.length + 19]);
  });

  it('lints a 1 MB draft on X', () => {
    const unit = 'Visit shop.example.com/sale! 40% off xn--bcher-kva.example 日本.com ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const found = lint({ text, platform: 'x', kind: 'post' }, { now: 0, history: [] });
    expect(found.find((d) => d.ruleId === 'length-limit')?.spans[0].start).toBeLessThan(280);
  });
});
