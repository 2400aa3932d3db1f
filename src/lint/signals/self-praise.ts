/**
 * Self-praise that sells: "best-in-class payroll", "trusted by 1,000 brands". Counted fully when the
 * sentence is about the writer ("our", "we") or opens with the praise; praise of someone else
 * ("congrats on the award-winning menu!") counts a quarter.
 */
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { listedSignals } from './listed';
import { breakBetween, opensClause, tokenAt, type StructuralSignal } from './signal';

const CAP = 3;
const WRITER = new Set(['our', 'we', 'us', 'were', 'weve', 'ours', 'my', 'im', 'i']);
const OTHER = new Set(['your', 'you', 'youre', 'congrats', 'congratulations', 'their', 'his', 'her']);
/** Characters either side of the praise within which "our"/"your" decides whose it is. */
const SENTENCE = 80;

/** Self-praise signals of a text (hits from `signalHits`). */
export function selfPraiseSignals(text: string, tokens: readonly Token[], hits: readonly PhraseHit[]): StructuralSignal[] {
  return listedSignals(text, hits, 'self-praise', 'self-praise', CAP, (h) => whose(text, tokens, h));
}

function whose(text: string, tokens: readonly Token[], h: PhraseHit): number {
  const i = tokenAt(tokens, h.start);
  let writer = false;
  for (let k = i - 1; k >= 0 && tokens[k].start >= h.start - SENTENCE; k--) {
    // "…your auditors will love. Trusted by 1,000 teams": the reader of an earlier sentence is not
    // whose the praise is; only a "your" or "congrats" in the praise's own sentence makes it someone else's.
    if (OTHER.has(tokens[k].norm) && !breakBetween(text, tokens, k, i)) return 0.25;
    writer ||= WRITER.has(tokens[k].norm);
  }
  for (let k = i; k < tokens.length && tokens[k].end <= h.end + SENTENCE; k++) writer ||= WRITER.has(tokens[k].norm);
  return writer || (i >= 0 && opensClause(text, tokens, i, 1)) ? 1 : 0.25;
}
