/**
 * Cooperative pacing for long imports: work in slices of a few milliseconds, then give the event loop
 * a turn, so an options page stays responsive while a 50 MB archive is read. Pure: setTimeout and
 * Date.now exist in browsers and Node alike.
 */
import type { ImportProgress } from './types';

/** How long one slice of work may run before yielding (a frame at 120 Hz). */
const SLICE_MS = 8;

/** Hands out turns to the event loop and reports progress; one per import. */
export class Pacer {
  private sliceStart = Date.now();
  private lastShare = -1;

  constructor(
    private readonly onProgress: ImportProgress | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {
    signal?.throwIfAborted();
  }

  /**
   * Call often (every item): cheap until the slice is used up, then reports `share` (0..1), yields
   * and checks for cancellation.
   *
   * @throws the signal's reason when the import was aborted.
   */
  async step(share: number): Promise<void> {
    if (Date.now() - this.sliceStart < SLICE_MS) return;
    this.report(share);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.signal?.throwIfAborted();
    this.sliceStart = Date.now();
  }

  /** Reports progress without yielding; never goes backwards, never beyond 1. */
  report(share: number): void {
    const clamped = Math.min(1, Math.max(this.lastShare, share));
    if (clamped === this.lastShare) return;
    this.lastShare = clamped;
    this.onProgress?.(clamped);
  }
}
