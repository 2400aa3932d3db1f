/**
 * Where the badge and its popover go on screen: pure geometry. The badge sits beside the editor
 * (never over its text or the caret), the popover on the side of the badge with room; neither
 * covers the site's publish control. Rectangles are viewport coordinates.
 */

/** Gap between the badge and the editor it belongs to. */
export const BADGE_GAP = 4;
const POPOVER_GAP = 6;
const VIEWPORT_MARGIN = 8;
/** Below this height a popover is not worth showing on a side: the fallback band is used. */
const MIN_POPOVER_HEIGHT = 140;

export interface Point {
  left: number;
  top: number;
}
export interface Size {
  width: number;
  height: number;
}
/** The fields of a DOMRect this module reads. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

/** Whether two boxes share any area. */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const inViewport = (b: Box, viewport: Size, margin = 0) => b.left >= margin && b.top >= margin && b.right <= viewport.width - margin && b.bottom <= viewport.height - margin;

/**
 * The badge's top-left corner: outside the editor's box (right of its bottom-right corner, else
 * below, above or left of it), inside the viewport and clear of `avoid` (the publish control, the
 * caret, the last line). When no side has room, inside the editor at a corner clear of `avoid`;
 * null when even that fails.
 */
export function badgeSpot(editor: Box, badge: Size, viewport: Size, avoid: readonly Box[]): Point | null {
  const { width: w, height: h } = badge;
  const candidates: Point[] = [
    { left: editor.right + BADGE_GAP, top: editor.bottom - h },
    { left: editor.right - w, top: editor.bottom + BADGE_GAP },
    { left: editor.right - w, top: editor.top - h - BADGE_GAP },
    { left: editor.left - w - BADGE_GAP, top: editor.bottom - h },
    // Inside, as a last resort: top-right, then bottom-right (clear of the text rectangles given).
    { left: editor.right - w - BADGE_GAP, top: editor.top + BADGE_GAP },
    { left: editor.right - w - BADGE_GAP, top: editor.bottom - h - BADGE_GAP },
  ];
  for (const c of candidates) {
    const b = box(c.left, c.top, w, h);
    if (inViewport(b, viewport, 2) && !avoid.some((a) => intersects(a, b))) return c;
  }
  return null;
}

/** Where the popover goes, how wide and how tall it may be; `compact` when shorter than its content. */
export interface PopoverSpot extends Point {
  width: number;
  maxHeight: number;
  compact: boolean;
}

/** A popover beside the badge may be narrower than it likes, down to this. */
const MIN_SIDE_WIDTH = 280;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

interface Side {
  spot: Point;
  width: number;
  /** The height this side leaves (negative: no room at all). */
  room: number;
}

/** The four sides of the badge (below, above, left, right), each with the room it leaves. */
function sideCandidates(anchor: Box, size: Size, viewport: Size): Side[] {
  const m = VIEWPORT_MARGIN;
  const fullHeight = viewport.height - 2 * m;
  const alignedLeft = clamp(anchor.right - size.width, m, viewport.width - size.width - m);
  const alignedTop = (height: number) => clamp(anchor.bottom - height, m, viewport.height - height - m);
  const leftWidth = Math.min(size.width, anchor.left - POPOVER_GAP - m);
  const rightWidth = Math.min(size.width, viewport.width - m - anchor.right - POPOVER_GAP);
  const sides = [
    { room: viewport.height - m - (anchor.bottom + POPOVER_GAP), width: size.width, left: alignedLeft },
    { room: anchor.top - POPOVER_GAP - m, width: size.width, left: alignedLeft },
    { room: leftWidth >= MIN_SIDE_WIDTH ? fullHeight : -1, width: leftWidth, left: anchor.left - POPOVER_GAP - leftWidth },
    { room: rightWidth >= MIN_SIDE_WIDTH ? fullHeight : -1, width: rightWidth, left: anchor.right + POPOVER_GAP },
  ];
  return sides.map((c, i) => {
    const height = Math.min(size.height, Math.max(c.room, 0));
    const top = i === 0 ? anchor.bottom + POPOVER_GAP : i === 1 ? anchor.top - POPOVER_GAP - height : alignedTop(height);
    return { room: c.room, width: c.width, spot: { left: c.left, top } };
  });
}

/**
 * The popover's place next to `anchor` (the badge): the first side where all of it fits clear of
 * `avoid` (the publish control, caret), preferring sides that also leave `prefer` (the editor)
 * uncovered; else the side clear of `avoid` with the most room; else, compact, the tallest band of
 * the viewport above or below everything in `avoid` (and `prefer`, when that leaves enough room).
 */
export function popoverSpot(anchor: Box, size: Size, viewport: Size, avoid: readonly Box[], prefer: readonly Box[] = []): PopoverSpot {
  const sides = sideCandidates(anchor, size, viewport);
  const fits = (side: Side, height: number, boxes: readonly Box[]) => {
    const b = box(side.spot.left, side.spot.top, side.width, height);
    return inViewport(b, viewport) && !boxes.some((a) => intersects(a, b));
  };
  for (const boxes of [[...avoid, ...prefer], avoid]) {
    const full = sides.find((s) => s.room >= size.height && fits(s, size.height, boxes));
    if (full) return { ...full.spot, width: full.width, maxHeight: size.height, compact: false };
  }
  for (const boxes of [[...avoid, ...prefer], avoid]) {
    const partial = sides.filter((s) => s.room >= MIN_POPOVER_HEIGHT && fits(s, Math.min(size.height, s.room), boxes)).sort((a, b) => b.room - a.room)[0];
    if (partial) return { ...partial.spot, width: partial.width, maxHeight: Math.min(size.height, partial.room), compact: true };
  }
  // Compact: a band clear of the editor too when it leaves enough room, else clear of `avoid` only.
  const clearOfAll = fallbackBand(size, viewport, [...avoid, ...prefer]);
  return clearOfAll.maxHeight >= MIN_POPOVER_HEIGHT ? clearOfAll : fallbackBand(size, viewport, avoid);
}

/** The taller of the bands above and below all of `avoid`, the popover squeezed into it. */
function fallbackBand(size: Size, viewport: Size, avoid: readonly Box[]): PopoverSpot {
  const m = VIEWPORT_MARGIN;
  const left = clamp(viewport.width - size.width - m, m, viewport.width);
  if (!avoid.length) return { left, top: m, width: size.width, maxHeight: Math.min(size.height, viewport.height - 2 * m), compact: true };
  const top = Math.min(...avoid.map((a) => a.top));
  const bottom = Math.max(...avoid.map((a) => a.bottom));
  const above = top - 2 * m;
  const below = viewport.height - bottom - 2 * m;
  if (above >= below) {
    const maxHeight = Math.max(0, Math.min(size.height, above));
    return { left, top: Math.max(m, top - m - maxHeight), width: size.width, maxHeight, compact: true };
  }
  return { left, top: bottom + m, width: size.width, maxHeight: Math.max(0, Math.min(size.height, below)), compact: true };
}

/** Puts a `position: fixed` element at `point`, shifted by `correction`. */
export function setFixedPosition(el: HTMLElement, point: Point, correction: Point): void {
  el.style.left = `${Math.round(point.left + correction.left)}px`;
  el.style.top = `${Math.round(point.top + correction.top)}px`;
}

/**
 * Places a fixed element at `point` and returns the correction that keeps it there: under an
 * ancestor with a transform or filter, "fixed" is relative to that ancestor, not the viewport, so
 * the measured miss is added to the correction once and reused.
 */
export function placeFixed(el: HTMLElement, point: Point, correction: Point): Point {
  setFixedPosition(el, point, correction);
  const actual = el.getBoundingClientRect();
  if (actual.width === 0 || (Math.abs(actual.left - point.left) <= 0.5 && Math.abs(actual.top - point.top) <= 0.5)) return correction;
  const corrected = { left: correction.left + point.left - actual.left, top: correction.top + point.top - actual.top };
  setFixedPosition(el, point, corrected);
  return corrected;
}
