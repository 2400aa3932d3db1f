/**
 * The sale mechanic of an offer, however it is worded: "BOGO", "buy one get one free", "second one
 * free", "2 for 1" and "two for the price of one" are all `bogo`; "3 for 2" is `multi-buy 3/2`;
 * "free for 14 days" and "the first two weeks are on us" are `free trial 14 days`; "FREE", "at no
 * cost" and "on us" are `free`.
 */
import type { Token } from './text/tokenize';
import { freeOfCharge, freeTrialDays } from './offer-wording';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, second: 2, 'a': 1 };
const REACH = 6;

const amount = (t: Token | undefined): number => (t ? (NUMBER_WORDS[t.norm] ?? (/^\d{1,2}$/.test(t.norm) ? Number(t.norm) : NaN)) : NaN);

/** The mechanics named in a text. */
export function mechanicOf(tokens: readonly Token[], isGoods: (word: string) => boolean = () => false): Set<string> {
  const out = new Set<string>();
  let free: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const trial = freeTrialDays(tokens, i);
    if (trial !== undefined) out.add(`free trial ${trial} days`);
    else free ??= freeOfCharge(tokens, i, isGoods);
    const w = tokens[i].norm;
    const next = tokens[i + 1]?.norm;
    if (w === 'bogo' || w === 'b1g1' || w === 'bogof') out.add('bogo');
    else if (w === 'buy' && amount(tokens[i + 1]) >= 1) {
      // "buy one (candle), get the second/one/another free|half price"
      for (let j = i + 2; j < Math.min(tokens.length, i + 2 + REACH); j++) {
        if (tokens[j].norm !== 'get') continue;
        const tail = tokens.slice(j + 1, j + 1 + REACH).map((t) => t.norm);
        if (tail.includes('free')) out.add(amount(tokens[i + 1]) === 1 ? 'bogo' : `multi-buy free`);
        else if (tail.includes('half')) out.add('bogo half price');
        else if (tail.includes('%')) out.add('buy and save');
        break;
      }
    } else if ((w === 'second' || w === '2nd') && (next === 'free' || tokens[i + 2]?.norm === 'free')) out.add('bogo');
    else if ((w === 'second' || w === '2nd') && (next === 'half' || tokens[i + 2]?.norm === 'half')) out.add('bogo half price');
    else if (amount(tokens[i]) > 1 && forThePriceOf(tokens, i)) out.add(amount(tokens[i]) === 2 ? 'bogo' : `multi-buy ${amount(tokens[i])}/${amount(tokens[i]) - 1}`);
    else if (next === 'for' && amount(tokens[i]) > 1) {
      const [a, b] = [amount(tokens[i]), amount(tokens[i + 2])];
      if (tokens[i + 2]?.norm === 'the' && tokens[i + 3]?.norm === 'price' && amount(tokens[i + 5]) === a - 1) out.add(a === 2 ? 'bogo' : `multi-buy ${a}/${a - 1}`);
      else if (b >= 1 && b < a) out.add(a === 2 && b === 1 ? 'bogo' : `multi-buy ${a}/${b}`);
    } else if (w === 'free' && (next === 'shipping' || next === 'delivery' || next === 'postage')) out.add('free delivery');
    else if (w === 'free' && next === 'gift') out.add('free gift');
  }
  // Plain "free" is a mechanic only when nothing more precise was said: "free delivery" is not also "free".
  if (free && out.size === 0) out.add(free);
  return out;
}

/** "two sourdough loaves for the price of one": a count, a few words, "for the price of" one fewer. */
function forThePriceOf(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j + 4 < tokens.length; j++) {
    if (tokens[j].norm === 'for' && tokens[j + 1].norm === 'the' && tokens[j + 2].norm === 'price' && tokens[j + 3].norm === 'of') {
      return amount(tokens[j + 4]) === amount(tokens[i]) - 1;
    }
  }
  return false;
}
