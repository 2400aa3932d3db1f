/** Near-duplicate search over the history (see `history-index.ts`). */
export { HistoryIndex, type SearchOptions, type SimilarityMatch } from './history-index';
export { normalizeForSimilarity } from './normalise';
