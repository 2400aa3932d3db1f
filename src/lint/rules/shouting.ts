/**
 * shouting: words in capitals ("FLASH SALE", "HUGE GIVEAWAY") and runs of "!!!" ("!!1", "?!?!").
 *
 * Acronyms are not shouting: a lone capitalised word is flagged only from `minWordLetters`
 * letters (8: "GIVEAWAY", "DISCOUNT", not "NASA", "UNESCO", "SAMSUNG"), and two or more in a row
 * only from `minRunLetters` letters together ("BUY NOW" 6, not "AI FAQ" 5). When most letters of
 * a post are capitals the whole post shouts, and then every capitalised word counts. Scripts
 * without case (Chinese, Japanese, Arabic…) have no capitals and never trigger; hashtags,
 * mentions, cashtags and links are skipped.
 */
import { z } from 'zod';
import { defineRule, type Finding } from '../rule';
import { findEntities } from '../text/entities';
import { quoted } from '../text/quote';
import type { Span } from '../types';

const options = z.object({
  /** Letters that make a run of two or more capitalised words shouting ("BUY NOW" has 6). */
  minRunLetters: z.number().int().min(2).max(100).default(6),
  /** Letters that make one capitalised word shouting; shorter ones read as acronyms. */
  minWordLetters: z.number().int().min(2).max(100).default(8),
  /** Longest run of "!" (with "?" or "1") that is still emphasis, not shouting: "!!" is fine. */
  maxExclamations: z.number().int().min(1).max(20).default(2),
  /** Share of capitals among the cased letters above which the whole post shouts. */
  maxCapsShare: z.number().min(0).max(1).default(0.5),
  /** Posts with fewer cased letters are too short to judge by that share ("OK", "USA!"). */
  minLettersForShare: z.number().int().min(1).max(10_000).default(20),
});

// Words: letters, marks and digits, with inner apostrophes and hyphens ("DON'T", "T-SHIRT").
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
// "!!!", "!?!", "!!1", "?!?!": question and exclamation marks, and the "1"s of "!!!11".
const MARKS_RE = /[!?！？‼⁉]+(?:1+(?![\p{L}\p{N}])[!?！？‼⁉]*)*/gu;
const MAX_SPANS = 100;

interface Word extends Span {
  upper: number;
  lower: number;
}

/** Words outside hashtags, mentions and links, with their count of capitals and small letters. */
function wordsOf(text: string): Word[] {
  const entities = findEntities(text);
  const words: Word[] = [];
  let k = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < entities.length && entities[k].end <= start) k++;
    if (k < entities.length && entities[k].start < end) continue;
    const upper = m[0].match(/[\p{Lu}\p{Lt}]/gu)?.length ?? 0;
    const lower = m[0].match(/\p{Ll}/gu)?.length ?? 0;
    words.push({ start, end, upper, lower });
  }
  return words;
}

/** Runs of capitalised words, split by any word with small letters; caseless words (numbers) may sit inside. */
function capsRuns(text: string, words: readonly Word[]): { span: Span; letters: number; words: number }[] {
  const runs: { span: Span; letters: number; words: number }[] = [];
  let run: { span: Span; letters: number; words: number } | undefined;
  for (const w of words) {
    if (w.lower > 0) run = undefined;
    else if (w.upper > 0) {
      // A line break or sentence end between two words ends the run: they are separate shouts.
      if (run && /[\n.!?]/.test(text.slice(run.span.end, w.start))) run = undefined;
      if (!run) runs.push((run = { span: { start: w.start, end: w.end }, letters: 0, words: 0 }));
      run.span.end = w.end;
      run.letters += w.upper;
      if (w.upper >= 2) run.words++;
    }
  }
  return runs;
}

const quote = (s: string) => quoted(s, 40);

/** `"A"`, `"A" and "B"`, `"A", "B" and "C"`, `"A", "B", "C" and 2 more`. */
function listOf(items: string[]): string {
  const shown = [...new Set(items)];
  const head = shown.slice(0, 3).map(quote);
  const more = shown.length - head.length;
  if (more > 0) return `${head.join(', ')} and ${more} more`;
  return head.length > 1 ? `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}` : head[0];
}

/** Flags capitals and "!!!" that read as shouting. */
export const shouting = defineRule({
  id: 'shouting',
  name: 'Shouting',
  description: 'Words in capitals ("FLASH SALE") and runs of exclamation marks ("!!!").',
  why: 'Capitals and "!!!" read as shouting and as the hard sell people scroll past; they are also harder to read. Sentence case with one "!" at most sounds confident.',
  defaultSeverity: 'warning',
  options,
  check({ draft, options: o }): Finding[] {
    const text = draft.text;
    const words = wordsOf(text);
    const upper = words.reduce((n, w) => n + w.upper, 0);
    const cased = words.reduce((n, w) => n + w.upper + w.lower, 0);
    const share = cased ? upper / cased : 0;
    const wholePost = cased >= o.minLettersForShare && share > o.maxCapsShare;
    const caps = capsRuns(text, words)
      .filter((r) => (wholePost ? r.words > 0 : r.words >= 2 ? r.letters >= o.minRunLetters : r.letters >= o.minWordLetters))
      .map((r) => r.span);
    const marks: Span[] = [];
    for (const m of text.matchAll(MARKS_RE)) {
      const count = [...m[0]].reduce((n, c) => n + (c === '‼' ? 2 : 1), 0);
      if (/[!！‼⁉]/.test(m[0]) && count > o.maxExclamations) marks.push({ start: m.index, end: m.index + m[0].length });
    }
    if (caps.length === 0 && marks.length === 0) return [];
    const spans = [...caps, ...marks].sort((a, b) => a.start - b.start);
    const textsOf = (list: Span[]) => list.map((s) => text.slice(s.start, s.end));
    const fix = [caps.length ? 'write in sentence case' : '', marks.length ? 'keep one "!"' : ''].filter(Boolean).join(' and ');
    const reads = (items: string[]) => `${listOf(items)} ${new Set(items).size > 1 ? 'read' : 'reads'} as shouting`;
    const percent = Math.round(share * 100);
    const message = wholePost
      ? `The post is ${percent}% capitals${marks.length ? ` and ${reads(textsOf(marks))}` : ''}: ${fix}.`
      : `${reads(textsOf(spans))}: ${fix}.`;
    return [
      {
        message,
        spans: spans.slice(0, MAX_SPANS),
        // The message of a shouted post says the share already; a few shouted words get it here.
        ...(wholePost ? {} : { evidence: `About ${percent}% of the letters in your post are capitals.` }),
        // The thresholds are for the "details" line, not the message a shop owner reads first.
        details: `${percent}% of ${cased} cased letters are capitals (the whole post counts as shouting above ${Math.round(o.maxCapsShare * 100)}% from ${o.minLettersForShare} letters)`,
        suggestion: 'Emphasise one word at most, and let the content carry the excitement: capitals and "!!!" make people scroll past.',
      },
    ];
  },
});
