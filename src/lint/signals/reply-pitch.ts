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
  const sold = ownThingSold(text, tokens);
  if (sold && !out.some((s) => s.start < sold.end && sold.start < s.end)) out.push(sold);
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

/** Things a business sells that a reply may name as its own. */
const SOLD = new Set(['app', 'platform', 'software', 'tool', 'service', 'services', 'classes', 'class', 'course', 'packages', 'products', 'product', 'range', 'catalogue', 'menu', 'portfolio', 'agency', 'studio', 'salon', 'clinic', 'shop', 'store', 'copies', 'stock']);
