/**
 * In a reply or comment: the writer's own business offered to the person replied to ("our team
 * specialises in exactly this, can I send you details?"), earn-from-home and follower-growth
 * offers. A business answering its own customer ("DM us your order number", "we're open until 6")
 * weighs against, so customer service stays clean.
 */
import type { PhraseHit } from '../phrases/match';
import type { Token } from '../text/tokenize';
import { CALL_OBJECTS } from './lists';
import { listedSignals } from './listed';
import { signalOf, type StructuralSignal } from './signal';

/** Most the pitch wordings add; the cold-pitch threshold is 4. */
const CAP = 7;
/** Added once when the writer names their business and also offers it (a contact, a quote, a try). */
const PAIRED = 1.5;
const OWN_BUSINESS = "the writer's own business";

/** Reply-pitch signals of a text (hits from `signalHits`), negatives included. */
export function replyPitchSignals(text: string, tokens: readonly Token[], hits: readonly PhraseHit[]): StructuralSignal[] {
  const out = listedSignals(text, hits, 'reply-pitch', 'pitch', CAP);
  for (const found of [ownThingSold(text, tokens), ownTrade(text, tokens), readerNeed(text, tokens)]) {
    if (found && !out.some((s) => s.start < found.end && found.start < s.end)) out.push(found);
  }
  const own = out.find((s) => s.label === OWN_BUSINESS);
  const offered = out.find((s) => s.label !== OWN_BUSINESS && s.weight > 0);
  if (own && offered) out.push(signalOf(text, 'pitch', 'their business offered to the person replied to', PAIRED, offered.start, offered.end));
  return out;
}

/** "our booking app", "my packages", "we have … appointments": the writer's own things for sale. */
const OWNER = new Set(['our', 'my']);
const HAVE = new Set(['we', 'i']);

function ownThingSold(text: string, tokens: readonly Token[]): StructuralSignal | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].norm;
    const from = OWNER.has(w) ? i + 1 : HAVE.has(w) && (tokens[i + 1]?.norm === 'have' || tokens[i + 1]?.norm === 'sell') ? i + 2 : -1;
    if (from < 0) continue;
    for (let j = from; j < from + 3 && j < tokens.length; j++) {
      const object = CALL_OBJECTS.get(tokens[j].norm);
      if (object && object.weight >= 1 || SOLD.has(tokens[j].norm)) return signalOf(text, 'pitch', OWN_BUSINESS, 1.5, tokens[i].start, tokens[j].end);
    }
  }
  return undefined;
}

/**
 * "We do end of tenancy cleans", "I coach founders", "we recruit senior engineers": the writer's
 * trade told in the present tense, which a reply to a stranger has no reason to tell but to sell.
 * "Yes we do accept…" answers a customer's question and is left to the negative phrases.
 */
const TRADE_VERBS = new Set(['do', 'build', 'design', 'make', 'print', 'clean', 'recruit', 'place', 'install', 'repair', 'fix', 'coach', 'teach', 'train', 'grow', 'run', 'manage', 'create', 'write', 'develop', 'supply', 'sell', 'offer', 'provide', 'specialise', 'specialize', 'help', 'support', 'handle', 'deliver', 'cater', 'photograph', 'shoot', 'film', 'edit', 'host', 'organise', 'organize', 'migrate', 'automate', 'solve']);
/** Words that make "we do…" an answer rather than a trade: "yes we do", "we do accept", "we do have". */
const ANSWERING = new Set(['yes', 'yep', 'yeah', 'no', 'sorry']);
const ANSWER_OBJECTS = new Set(['accept', 'have', 'take', 'open', 'close', 'deliver', 'ship', 'not', 'still']);

function ownTrade(text: string, tokens: readonly Token[]): StructuralSignal | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!HAVE.has(tokens[i].norm) || ANSWERING.has(tokens[i - 1]?.norm ?? '')) continue;
    const k = tokens[i + 1].norm === 'also' || tokens[i + 1].norm === 'actually' ? i + 2 : i + 1;
    const verb = tokens[k]?.norm ?? '';
    if (!TRADE_VERBS.has(verb) || ANSWER_OBJECTS.has(tokens[k + 1]?.norm ?? '')) continue;
    // The trade needs an object of a few words: "we do custom printed boxes", not "we do." or "I help?".
    if (k + 1 >= tokens.length || /[.!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) continue;
    return signalOf(text, 'pitch', OWN_BUSINESS, 1, tokens[i].start, tokens[k + 1].end);
  }
  return undefined;
}

/** "If you ever need a cleaner", "when you start hiring": the person's future need, which the writer then fills. */
const NEED_VERBS = new Set(['need', 'want', 'start', 'decide', 'fancy']);

function readerNeed(text: string, tokens: readonly Token[]): StructuralSignal | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i].norm;
    if (w !== 'if' && w !== 'when' && w !== 'whenever') continue;
    // "when you're ready to scale", "if you're looking for"
    if (tokens[i + 1].norm === 'youre' && (tokens[i + 2].norm === 'ready' || tokens[i + 2].norm === 'looking')) {
      return signalOf(text, 'pitch', "the person's need the writer means to fill", 1, tokens[i].start, tokens[i + 2].end);
    }
    if (tokens[i + 1].norm !== 'you') continue;
    const k = tokens[i + 2].norm === 'ever' ? i + 3 : i + 2;
    const verb = tokens[k]?.norm ?? '';
    const looking = (verb === 'are' || verb === 're') && tokens[k + 1]?.norm === 'looking';
    if (!NEED_VERBS.has(verb) && !looking && !(verb === 'youre' && tokens[k + 1]?.norm === 'looking')) continue;
    // "if you need to change an appointment" asks the reader to do something; a need of a thing is the hook.
    if (tokens[k + 1]?.norm === 'to' || tokens[k + 1]?.norm === 'anything') continue;
    return signalOf(text, 'pitch', "the person's need the writer means to fill", 1, tokens[i].start, tokens[Math.min(k + 1, tokens.length - 1)].end);
  }
  return undefined;
}

/** Things a business sells that a reply may name as its own. */
const SOLD = new Set(['app', 'platform', 'software', 'tool', 'service', 'services', 'classes', 'class', 'course', 'packages', 'products', 'product', 'range', 'catalogue', 'menu', 'portfolio', 'agency', 'studio', 'salon', 'clinic', 'shop', 'store', 'copies', 'stock']);
