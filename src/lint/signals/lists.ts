/**
 * The data the structural signals read (phrase files under `../phrases/`), matched in one pass:
 * the multi-word lists share one trie, the single-word classes are set lookups.
 */
import { PhraseMatcher, type PhraseHit, type PhraseList } from '../phrases/match';
import { type Token } from '../text/tokenize';
import callVerbs from '../phrases/call-verbs.json';
import callObjects from '../phrases/call-objects.json';
import callLeads from '../phrases/call-leads.json';
import scarcity from '../phrases/scarcity.json';
import selfPraise from '../phrases/self-praise.json';
import buyer from '../phrases/buyer-address.json';
import offers from '../phrases/offers.json';
import replyPitch from '../phrases/reply-pitch.json';
import selfAnnouncement from '../phrases/self-announcement.json';
import readerValue from '../phrases/reader-value.json';
import { WordClass } from './signal';

/** Lists matched as phrases, in one pass over the tokens. */
const MATCHED: readonly PhraseList[] = [callVerbs, callLeads, scarcity, selfPraise, buyer, offers, replyPitch, selfAnnouncement, readerValue];

let matcher: PhraseMatcher | undefined;

/** All structural-signal phrase hits of a text, in text order. */
export function signalHits(text: string, tokens: readonly Token[]): PhraseHit[] {
  matcher ??= new PhraseMatcher(MATCHED);
  return matcher.match(text, tokens);
}

/** What a transaction verb must reach (see call-objects.json). */
export const CALL_OBJECTS = new WordClass(callObjects.entries);
