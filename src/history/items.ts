/**
 * Where the history lives. `storage.local` (not sync): it can reach megabytes, and content scripts
 * can read it directly, so linting never waits for the background.
 */
import { storage } from '#imports';

/**
 * The published posts, oldest first. Stored raw and validated on every read (`parseHistory`):
 * WXT validates nothing. Versioned from day one; there are no migrations yet, and on purpose none
 * are passed: with `migrations` WXT reads the whole list once more in every content script start.
 */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: [], version: 1 });
