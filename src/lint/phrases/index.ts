/** The built-in phrase lists (data files), each entry with a weight and a note. */
import type { PhraseList } from './match';

export const BUILTIN_PHRASE_LISTS: readonly PhraseList[] = [];
