/**
 * What audience-value needs beyond the value list: whether a post gives the reader a notice or a
 * lesson (`reader-value.json`), opens as an announcement about the writer
 * (`self-announcement.json`), or says nothing at all ("Friday feeling 🎉", "Coffee time ☕").
 */
import type { Token } from '../text/tokenize';
import { signalHits } from './lists';
import type { Span } from '../types';

/** Facts about a post for audience-value. */
export interface ReaderGain {
  /** A notice, a reason or a lesson the reader can use. */
  useful: boolean;
  /** The opener of an announcement about the writer, if there is one. */
  announcement?: Span;
  /** A post of a few words with nothing in them: no figure, no link, no question, no notice. */
  contentFree: boolean;
}

/** Words at most for a post to count as saying nothing (emoji and hashtags aside). */
const FEW_WORDS = 5;

/** Facts of a post's text (tokens from the tokenizer). */
export function readerGain(text: string, tokens: readonly Token[]): ReaderGain {
  const hits = signalHits(text, tokens);
  const useful = hits.some((h) => h.list === 'reader-value');
  const opener = hits.find((h) => h.list === 'self-announcement' && h.entry.weight >= 1);
  const words = tokens.filter((t, i) => /^\p{L}/u.test(t.norm) && tokens[i - 1]?.norm !== '#' && tokens[i - 1]?.norm !== '@');
  const informative = tokens.some((t) => /\d/.test(t.norm) || t.norm === '?' || t.norm.includes('.'));
  return {
    useful,
    announcement: opener && { start: opener.start, end: opener.end },
    contentFree: !useful && !informative && words.length > 0 && words.length <= FEW_WORDS,
  };
}
