/**
 * Facts several rules need, computed at most once per lint call (tokens, phrase hits, promotion
 * score) or once per history array (the near-duplicate index), never per rule.
 */
import { PhraseMatcher, type PhraseHit, type PhraseList } from './phrases/match';
import { tokenize, type Token } from './text/tokenize';
import { BUILTIN_PHRASE_LISTS } from './phrases';
import type { Settings } from './settings';
import type { HistoryPost } from './types';
import { HistoryIndex } from './similarity';
import { scorePromotion, type PromotionScore } from './promotion';
import { findLinks } from './text/links';
import { promotionEvidence } from './signals';
import { withEvidence } from './signals/combine';

const matcherCache = new WeakMap<Settings['phrases'], { matcher: PhraseMatcher; allowed: PhraseMatcher }>();
const indexCache = new WeakMap<readonly HistoryPost[], HistoryIndex>();

const canonical = new WeakMap<Settings['phrases'], Settings['phrases']>();
const byContent = new Map<string, Settings['phrases']>();

/**
 * The first phrases object seen with the same content. Settings are read afresh after every
 * storage change (and by each page), so equal phrase lists arrive as new objects: keyed by
 * content, they share one matcher and one promotion memo instead of rebuilding both.
 */
function samePhrases(phrases: Settings['phrases']): Settings['phrases'] {
  let found = canonical.get(phrases);
  if (found) return found;
  const key = JSON.stringify(phrases);
  found = byContent.get(key);
  if (!found) {
    if (byContent.size >= 8) byContent.clear();
    byContent.set(key, (found = phrases));
  }
  canonical.set(phrases, found);
  return found;
}

/** The phrase matcher for built-in lists plus the person's own phrases, cached per phrase lists. */
export function phraseMatchers(given: Settings['phrases']): { matcher: PhraseMatcher; allowed: PhraseMatcher } {
  const phrases = samePhrases(given);
  let cached = matcherCache.get(phrases);
  if (!cached) {
    const custom = new Map<string, PhraseList>();
    for (const p of phrases.custom) {
      const list = custom.get(p.list) ?? { list: p.list, description: 'own phrases', entries: [] };
      list.entries.push({ phrase: p.phrase, weight: p.weight, note: p.note || 'words you added in the options' });
      custom.set(p.list, list);
    }
    cached = {
      matcher: new PhraseMatcher([...BUILTIN_PHRASE_LISTS, ...custom.values()]),
      allowed: new PhraseMatcher([
        { list: 'allowed', description: 'allowed phrases', entries: phrases.allowed.map((phrase) => ({ phrase, weight: 0, note: '' })) },
      ]),
    };
    matcherCache.set(phrases, cached);
  }
  return cached;
}

/** The near-duplicate index of a history array, built once and reused while the array is the same. */
export function historyIndexFor(history: readonly HistoryPost[]): HistoryIndex {
  let index = indexCache.get(history);
  if (!index) {
    index = new HistoryIndex(history);
    indexCache.set(history, index);
  }
  return index;
}

/** Lazily computed facts about one draft. */
export class Analysis {
  private _tokens?: Token[];
  private _hits?: PhraseHit[];
  private _promotion?: PromotionScore;

  constructor(
    readonly text: string,
    readonly settings: Settings,
    readonly history: readonly HistoryPost[],
    private readonly prebuiltIndex?: HistoryIndex,
  ) {}

  get tokens(): Token[] {
    return (this._tokens ??= tokenize(this.text));
  }

  /** Phrase hits of all lists, minus those inside an allowed phrase. */
  get phraseHits(): PhraseHit[] {
    if (!this._hits) {
      const { matcher, allowed } = phraseMatchers(this.settings.phrases);
      const hits = matcher.match(this.text, this.tokens);
      const allowedHits = this.settings.phrases.allowed.length ? allowed.match(this.text, this.tokens) : [];
      this._hits = allowedHits.length
        ? hits.filter((h) => !allowedHits.some((a) => h.start < a.end && a.start < h.end))
        : hits;
    }
    return this._hits;
  }

  /** Hits of one list. */
  hitsOf(list: string): PhraseHit[] {
    return this.phraseHits.filter((h) => h.list === list);
  }

  /** How much the draft reads like an advertisement. */
  get promotion(): PromotionScore {
    if (!this._promotion) {
      const phrases = scorePromotion(this.text, { tokens: this.tokens, phraseHits: this.phraseHits });
      this._promotion = withEvidence(phrases, promotionEvidence(this.text, this.tokens, findLinks(this.text)));
    }
    return this._promotion;
  }

  get historyIndex(): HistoryIndex {
    return this.prebuiltIndex ?? historyIndexFor(this.history);
  }
}

const promotionCache = new WeakMap<Settings['phrases'], Map<string, PromotionScore>>();

/**
 * The promotion score of any text (e.g. a history post) under these settings, memoised per
 * settings object so classifying a 10,000-post history happens once, not per keystroke.
 */
export function promotionOfText(text: string, settings: Settings): PromotionScore {
  const phrases = samePhrases(settings.phrases);
  let cache = promotionCache.get(phrases);
  if (!cache) promotionCache.set(phrases, (cache = new Map()));
  let score = cache.get(text);
  if (!score) {
    score = new Analysis(text, settings, []).promotion;
    if (cache.size > 50_000) cache.clear();
    cache.set(text, score);
  }
  return score;
}
