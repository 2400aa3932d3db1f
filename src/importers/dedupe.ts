/** Duplicate removal by stable id, shared by the importers and the history writer. */

/**
 * Keeps the first item for each id, in order. `known` holds ids already stored (the history), so
 * `dedupeById(imported, storedIds)` returns exactly what an import would add.
 */
export function dedupeById<T extends { id: string }>(items: readonly T[], known: Iterable<string> = []): T[] {
  const seen = new Set(known);
  const kept: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    kept.push(item);
  }
  return kept;
}
