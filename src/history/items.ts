/**
 * Where the history lives. `storage.local` (not sync): it can reach megabytes. Only the background
 * reads it (to lint and to write); content scripts never load it.
 */
import { storage } from '#imports';

/**
 * The published posts, oldest first. Stored raw and validated on every read (`parseHistory`):
 * WXT validates nothing. Versioned from day one; there are no migrations yet, and on purpose none
 * are passed: with `migrations` WXT reads the whole list once more at every service worker start.
 */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: [], version: 1 });
