/**
 * Keeps every badge at its editor's corner: one capture-phase scroll listener (it sees scrolling
 * of any container), one resize listener and one ResizeObserver for all boxes, and at most one
 * placement pass per animation frame.
 */
import { guard } from './report-error';

/** Something with a badge to place. */
export interface Placeable {
  readonly editor: HTMLElement;
  /** Reads the editor's geometry and moves the badge; called once per scheduled frame. */
  reposition(): void;
}

export class BadgeLayout {
  private readonly items = new Set<Placeable>();
  private frame: number | null = null;
  private readonly resizeObserver: ResizeObserver | null;

  constructor(doc: Document, signal: AbortSignal) {
    const schedule = () => this.schedule();
    const view = doc.defaultView;
    view?.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
    view?.addEventListener('resize', schedule, { passive: true, signal });
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    signal.addEventListener(
      'abort',
      () => {
        this.resizeObserver?.disconnect();
        if (this.frame !== null) cancelAnimationFrame(this.frame);
        this.items.clear();
      },
      { once: true },
    );
  }

  /** Starts placing `item`'s badge (also when its editor changes size). */
  track(item: Placeable): void {
    this.items.add(item);
    this.resizeObserver?.observe(item.editor);
    this.schedule();
  }

  untrack(item: Placeable): void {
    this.items.delete(item);
    this.resizeObserver?.unobserve(item.editor);
  }

  /** Places all badges in the next animation frame (several calls in one frame place once). */
  schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(
      guard('placing badges', () => {
        this.frame = null;
        for (const item of this.items) guard('placing a badge', () => item.reposition())();
      }),
    );
  }
}
