/** Near-duplicate search over the history (Dice coefficient on character bigrams). */
import type { HistoryPost } from './types';

/** TODO: the real index (stub). */
export class HistoryIndex {
  constructor(readonly posts: readonly HistoryPost[]) {}
}
