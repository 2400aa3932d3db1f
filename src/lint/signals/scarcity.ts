/**
 * Scarcity and deadlines that press a sale: few places left, a closing date, a price about to rise,
 * a drop. Beside the wordings of `scarcity.json`, one structure: a small number of things sold
 * with a cue that it is limited ("only 8 spots", "room for 2 new clients", "300 bottles",
 * "4 newborns a month"), however the sentence runs.
 */
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import cues from '../phrases/scarcity-cues.json';
import things from '../phrases/scarce-things.json';
import { listedSignals } from './listed';
import { signalOf, WordClass, type StructuralSignal } from './signal';

/** Most that pressure can add: a post listing five deadlines is not five times the ad. */
const CAP = 3.5;
const LIMITED = 2;
const THINGS = new WordClass(things.entries);
const CUES = new Set(cues.entries.map((e) => e.phrase));
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'few', 'handful']);
/** Above this a count is a catalogue or a statistic, not scarcity ("1,000 spots"). */
const MOST = 500;

/** Scarcity and deadline signals of a text (hits from `signalHits`). */
export function scarcitySignals(text: string, tokens: readonly Token[], hits: readonly PhraseHit[]): StructuralSignal[] {
  const listed = listedSignals(text, hits, 'scarcity', 'scarcity', CAP);
  const counted = limitedCount(text, tokens);
  if (!counted || listed.some((s) => s.start < counted.end && counted.start < s.end)) return listed;
  return [...listed, counted];
}

/** The first "number + thing sold" with a scarcity cue, spanning cue to thing. */
function limitedCount(text: string, tokens: readonly Token[]): StructuralSignal | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const small = t.isNumber ? Number(t.norm.replace(/,/g, '')) <= MOST : NUMBER_WORDS.has(t.norm);
    if (!small) continue;
    // The thing may follow after one describing word: "2 new clients", "8 private rooms".
    const thing = THINGS.get(tokens[i + 1]?.norm ?? '') ? i + 1 : THINGS.get(tokens[i + 2]?.norm ?? '') ? i + 2 : -1;
    if (thing < 0) continue;
    const before = tokens[i - 1]?.norm ?? '';
    const pair = `${tokens[i - 2]?.norm ?? ''} ${before}`;
    const after = tokens[thing + 1]?.norm ?? '';
    if (CUES.has(pair)) return signalOf(text, 'scarcity', 'only a few places', LIMITED, tokens[i - 2].start, tokens[thing].end);
    if (CUES.has(before)) return signalOf(text, 'scarcity', 'only a few places', LIMITED, tokens[i - 1].start, tokens[thing].end);
    if (CUES.has(after)) return signalOf(text, 'scarcity', 'only a few places', LIMITED, t.start, tokens[thing + 1].end);
  }
  return undefined;
}
