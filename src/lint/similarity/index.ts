/** Near-duplicate search over the history (see `growing-index.ts` and `history-index.ts`). */
export { HistoryIndex } from './growing-index';
export type { SearchOptions, SimilarityMatch } from './history-index';
export { normalizeForSimilarity } from './normalise';
