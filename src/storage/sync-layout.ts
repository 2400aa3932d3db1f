/**
 * How the settings are laid out in `storage.sync`, which allows 8,192 bytes per item and 102,400
 * in all. Each top-level field of the settings gets its own item (`settings.rules`,
 * `settings.phrases`, … and any field a newer version adds), so no single item carries everything;
 * a field too large for one item (a long phrase list) is split into string chunks
 * (`settings.phrases#0`, `#1`, …) behind a small header `{ $chunks: n }`. Pure: no browser APIs.
 */

/** The item of the first version, one object with every setting. Read while present, then migrated. */
export const LEGACY_KEY = 'settings';
/** WXT's metadata item beside the legacy one. */
export const LEGACY_META_KEY = 'settings$';
const PREFIX = 'settings.';
const CHUNK_MARK = '#';

/** Chrome's `storage.sync` limits (Firefox's are the same or larger). */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;
/** Room left in every item, so a rounding difference in how a browser counts never tips one over. */
const ITEM_BUDGET = SYNC_QUOTA.perItem - 64;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const encoder = new TextEncoder();

/** Bytes an item takes against the quota: its key plus its value as JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** True for every key this layout (or the legacy one) owns. */
export function isSettingsKey(key: string): boolean {
  return key === LEGACY_KEY || key === LEGACY_META_KEY || key.startsWith(PREFIX);
}

function chunkKey(field: string, index: number): string {
  return `${PREFIX}${field}${CHUNK_MARK}${index}`;
}

/** Cuts `text` into pieces that each fit one item under `key`. */
function cut(text: string, keyFor: (i: number) => string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(text.length - start, ITEM_BUDGET);
    let piece = text.slice(start, start + length);
    while (itemBytes(keyFor(pieces.length), piece) > ITEM_BUDGET) {
      length = Math.max(1, Math.floor(length * 0.8));
      // Keep a surrogate pair together (an emoji in a phrase).
      const last = text.charCodeAt(start + length - 1);
      if (length > 1 && last >= 0xd800 && last <= 0xdbff) length--;
      piece = text.slice(start, start + length);
    }
    pieces.push(piece);
    start += length;
  }
  return pieces;
}

/** The items that hold `raw` (the stored, sparse settings object). */
export function toSyncItems(raw: Json): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const key = PREFIX + field;
    if (itemBytes(key, value) <= ITEM_BUDGET) {
      items[key] = value;
      continue;
    }
    const pieces = cut(JSON.stringify(value), (i) => chunkKey(field, i));
    items[key] = { $chunks: pieces.length };
    pieces.forEach((piece, i) => (items[chunkKey(field, i)] = piece));
  }
  return items;
}

function chunkCount(value: unknown): number | null {
  return isObject(value) && Object.keys(value).length === 1 && Number.isInteger(value.$chunks) ? (value.$chunks as number) : null;
}

/**
 * The settings object held by `items` (everything in `storage.sync`), or null when it holds no
 * settings at all. The legacy single item wins while it is there: every write of this layout
 * removes it, so its presence means an older version wrote it since. A field whose chunks are
 * incomplete is left out (the settings repair then uses its defaults).
 */
export function fromSyncItems(items: Record<string, unknown>): Json | null {
  if (LEGACY_KEY in items) return isObject(items[LEGACY_KEY]) ? structuredClone(items[LEGACY_KEY]) : {};
  let found = false;
  const raw: Json = {};
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(PREFIX) || key.includes(CHUNK_MARK)) continue;
    found = true;
    const field = key.slice(PREFIX.length);
    const chunks = chunkCount(value);
    if (chunks === null) {
      raw[field] = structuredClone(value);
      continue;
    }
    const pieces: string[] = [];
    for (let i = 0; i < chunks; i++) {
      const piece = items[chunkKey(field, i)];
      if (typeof piece !== 'string') break;
      pieces.push(piece);
    }
    if (pieces.length !== chunks) continue;
    try {
      raw[field] = JSON.parse(pieces.join(''));
    } catch {
      // A chunk from another write: leave the field to its defaults.
    }
  }
  return found ? raw : null;
}

/** What a write has to do to go from the stored `current` items to those holding `raw`. */
export interface SyncWritePlan {
  set: Record<string, unknown>;
  remove: string[];
  /** Bytes `storage.sync` would hold afterwards (settings and anything else stored there). */
  totalBytes: number;
  items: number;
}

/** Plans the write of `raw` over `current`: only changed items are set, stale ones removed. */
export function planSyncWrite(current: Record<string, unknown>, raw: Json): SyncWritePlan {
  const next = toSyncItems(raw);
  const set: Record<string, unknown> = {};
  let totalBytes = 0;
  let items = 0;
  for (const [key, value] of Object.entries(next)) {
    totalBytes += itemBytes(key, value);
    items++;
    if (!(key in current) || JSON.stringify(current[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove: string[] = [];
  for (const [key, value] of Object.entries(current)) {
    if (isSettingsKey(key)) {
      if (!(key in next)) remove.push(key);
    } else {
      totalBytes += itemBytes(key, value);
      items++;
    }
  }
  return { set, remove, totalBytes, items };
}
