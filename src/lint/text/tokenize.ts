/**
 * The word tokenizer every rule and the phrase engine share: words with their UTF-16 offsets,
 * lowercased for matching.
 *
 * A full stop glued between words ("Hi.Check", "e.g") splits them, unless the word lies in a link
 * as the link finder sees it: "mybakery.pl" and "shop.example.com" stay one token, so the phrase
 * engine and the link finder agree on what is an address. A full stop between digits ("3.14",
 * "v2.0") is part of the number.
 */
import type { Span } from '../types';
import { findLinks } from './links';

/** One word (or symbol) of a text. */
export interface Token {
  /** Lowercased, apostrophes removed. */
  norm: string;
  start: number;
  end: number;
  isNumber: boolean;
}

// Words (letters, marks, digits, with inner apostrophes and dots, and commas between digits as in
// "1,000") or one symbol. A comma between letters splits: "sale,shop now" is two words.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+|(?<=\p{N}),\p{N}+)*|[%$£€@#!?]/gu;
const NUMBER_RE = /^\p{N}[\p{N}.,]*(?:st|nd|rd|th|k|x)?$/u;
// A full stop with something other than a digit on one side: where a word may split.
const WORD_DOT = /\P{N}\.|\.\P{N}/u;
const SPLIT_DOT = /(?<!\p{N})\.|\.(?!\p{N})/u;

function push(tokens: Token[], raw: string, start: number): void {
  const norm = raw.toLowerCase().replace(/['’]/g, '');
  tokens.push({ norm, start, end: start + raw.length, isNumber: NUMBER_RE.test(norm) });
}

/** Splits text into tokens with their offsets, in text order. Linear in the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let links: readonly Span[] | undefined;
  let l = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    if (raw.length > 2 && raw.includes('.') && WORD_DOT.test(raw)) {
      links ??= findLinks(text);
      while (l < links.length && links[l].end <= start) l++;
      const inLink = l < links.length && links[l].start < start + raw.length;
      if (!inLink) {
        let at = start;
        for (const piece of raw.split(SPLIT_DOT)) {
          push(tokens, piece, at);
          at += piece.length + 1;
        }
        continue;
      }
    }
    push(tokens, raw, start);
  }
  return tokens;
}
