/**
 * The writer offering to serve the reader, softly: "we'd love to show you", "I'd be glad to talk",
 * "happy to set you up with a free account", "shall I share their profiles?", "I'll send you our
 * rates", "we can build this for you". The first person, a willing or offering word, then within a
 * few words a verb of serving someone (show, send, share, talk, help, set up, build, quote). No
 * single word carries it; the order does. "We'd love to hear from you" (a question back to the
 * reader) and "I'll share the photos" (no one served, nothing of the writer's) are left alone.
 */
import type { Token } from '../text/tokenize';
import { signalOf, type StructuralSignal } from './signal';

/** First person, as the tokenizer writes it ("we'd" is "wed", "I'll" is "ill"). */
const SUBJECT = new Set(['we', 'i']);
/** Contractions that hold the willingness themselves; told from "well"/"ill"/"wed" by the apostrophe. */
const CONTRACTED = new Set(['wed', 'id', 'ill', 'well']);
/** Words of willingness or offering between the subject and the verb. */
const WILLING = new Set(['would', 'will', 'can', 'could', 'love', 'glad', 'happy', 'be', 'to', 'shall', 'should', 'also', 'gladly', 'more', 'than', 'like', 'am', 'are', 'im', 'were', 'always', 'really', 'definitely']);
/** Verbs of serving someone. */
const SERVE = new Set(['show', 'send', 'share', 'talk', 'chat', 'help', 'set', 'build', 'quote', 'walk', 'demo', 'sort', 'handle', 'fix', 'design', 'create', 'audit', 'review', 'connect', 'arrange', 'offer', 'give', 'get', 'do', 'run']);
/** What makes the served verb about the reader or the writer's offer. */
const SERVED = new Set(['you', 'your', 'yours', 'our', 'my']);
/** Verbs that need no object: "I'd love to chat" already names the two of them. */
const MUTUAL = new Set(['talk', 'chat', 'connect']);
/** Objects that make "share"/"send" a reply to a customer or a friend ("send you the tracking link"). */
const CUSTOMER_THINGS = new Set(['tracking', 'refund', 'receipt', 'invoice', 'photos', 'pictures', 'recipe', 'update', 'updates', 'order', 'parcel', 'replacement', 'money']);
/** Words after the verb within which the reader or the offer must be named. */
const REACH = 4;
/** What the offer weighs; the promotion threshold is 3 and the cold-pitch threshold 4. */
const WEIGHT = 1.5;

/** At most one signal: the first soft offer to serve the reader. */
export function serviceOffers(text: string, tokens: readonly Token[]): StructuralSignal[] {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const contracted = CONTRACTED.has(w) && /['’]/.test(text.slice(tokens[i].start, tokens[i].end));
    // The subject is often left out in a reply: "would love to send you samples", "happy to help".
    const happy = ((w === 'happy' || w === 'glad') && tokens[i + 1]?.norm === 'to') || (w === 'would' && (tokens[i + 1]?.norm === 'love' || tokens[i + 1]?.norm === 'be'));
    if (!SUBJECT.has(w) && !contracted && !happy) continue;
    let j = i + 1;
    let willing = contracted || happy;
    while (j < tokens.length && j <= i + 5 && WILLING.has(tokens[j].norm)) {
      willing = true;
      j++;
    }
    if (!willing || j >= tokens.length || !SERVE.has(tokens[j].norm)) continue;
    const end = MUTUAL.has(tokens[j].norm) ? j : servedWithin(tokens, j);
    if (end < 0) continue;
    return [signalOf(text, 'offer', "the writer's service offered to the reader", WEIGHT, tokens[i].start, tokens[end].end)];
  }
  return [];
}

/** The index of the word naming the reader or the offer after the verb at `verb`, or -1. */
function servedWithin(tokens: readonly Token[], verb: number): number {
  for (let k = verb + 1; k <= verb + REACH && k < tokens.length; k++) {
    if (CUSTOMER_THINGS.has(tokens[k].norm)) return -1;
    if (!SERVED.has(tokens[k].norm)) continue;
    // "send your refund", "send you the tracking link": a customer served, not a sale.
    for (let c = k + 1; c <= k + 3 && c < tokens.length; c++) if (CUSTOMER_THINGS.has(tokens[c].norm)) return -1;
    return k;
  }
  return -1;
}
