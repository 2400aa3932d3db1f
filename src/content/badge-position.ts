/** Where the badge and its popover go on screen; pure geometry plus one hit test. */

/** Gap between the badge and the editor's bottom-right corner (the badge sits inside the box). */
export const BADGE_INSET = 4;
const POPOVER_GAP = 6;
const VIEWPORT_MARGIN = 8;

export interface Point {
  left: number;
  top: number;
}

/** The badge's top-left corner: inside the editor, at its bottom-right corner. */
export function badgeCorner(editor: DOMRectReadOnly, badge: { width: number; height: number }): Point {
  return {
    left: Math.max(editor.left, editor.right - badge.width - BADGE_INSET),
    top: Math.max(editor.top, editor.bottom - badge.height - BADGE_INSET),
  };
}

/** The popover's top-left corner: below the badge, right-aligned with it; above when there is no room. */
export function popoverCorner(badge: DOMRectReadOnly, popover: { width: number; height: number }, viewport: { width: number; height: number }): Point {
  const below = badge.bottom + POPOVER_GAP;
  const above = badge.top - POPOVER_GAP - popover.height;
  const top = below + popover.height <= viewport.height - VIEWPORT_MARGIN || above < VIEWPORT_MARGIN ? below : above;
  const left = Math.min(Math.max(VIEWPORT_MARGIN, badge.right - popover.width), viewport.width - popover.width - VIEWPORT_MARGIN);
  return { left: Math.max(VIEWPORT_MARGIN, left), top: Math.max(VIEWPORT_MARGIN, top) };
}

/**
 * Whether the badge at `point` would be seen over the editor: the editor has a size, the point is
 * in the viewport, and the topmost page element there belongs to the editor's composer (not a
 * sticky header the editor scrolled under). Browsers without hit testing count as visible.
 */
export function isBadgeSpotVisible(doc: Document, editor: HTMLElement, root: HTMLElement, rect: DOMRectReadOnly, point: Point): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  const view = doc.defaultView;
  const x = point.left + BADGE_INSET;
  const y = point.top + BADGE_INSET;
  if (view && (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight)) return false;
  if (typeof doc.elementsFromPoint !== 'function') return true;
  const composer = root.parentElement ?? root;
  const hit = doc.elementsFromPoint(x, y).find((el) => el.localName !== 'postlint-badge');
  return !hit || composer.contains(hit) || hit.contains(editor);
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
