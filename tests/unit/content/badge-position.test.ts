import { describe, expect, it } from 'vitest';
import { badgeSpot, intersects, popoverSpot, type Box } from '../../../src/content/badge-position';

const rect = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const badge = { width: 40, height: 24 };
const atSpot = (p: { left: number; top: number }, size: { width: number; height: number }) => rect(p.left, p.top, size.width, size.height);

describe('badge placement', () => {
  const viewport = { width: 1280, height: 800 };

  it('goes right of the editor, outside its text area, when there is room', () => {
    const editor = rect(100, 100, 500, 80);
    const spot = badgeSpot(editor, badge, viewport, [])!;
    expect(spot.left).toBeGreaterThanOrEqual(editor.right);
    expect(intersects(atSpot(spot, badge), editor)).toBe(false);
  });

  it('goes below the editor when it fills the width, and never onto the Post button', () => {
    const narrow = { width: 400, height: 800 };
    const editor = rect(8, 100, 384, 80);
    const post = rect(320, 184, 72, 32);
    const spot = badgeSpot(editor, badge, narrow, [post])!;
    const b = atSpot(spot, badge);
    expect(intersects(b, post)).toBe(false);
    expect(intersects(b, editor)).toBe(false);
    expect(b.right).toBeLessThanOrEqual(narrow.width);
  });

  it('as a last resort sits inside the editor, clear of the last line and caret', () => {
    const small = { width: 400, height: 200 };
    const editor = rect(0, 0, 400, 200);
    const lastLine = rect(0, 160, 400, 24);
    const spot = badgeSpot(editor, badge, small, [lastLine])!;
    expect(intersects(atSpot(spot, badge), lastLine)).toBe(false);
    expect(badgeSpot(editor, badge, small, [rect(0, 0, 400, 200)])).toBeNull();
  });
});

describe('popover placement', () => {
  const size = { width: 360, height: 300 };

  it('opens below the badge when all of it fits, clear of the Post button', () => {
    const anchor = rect(900, 100, 40, 24);
    const spot = popoverSpot(anchor, size, { width: 1280, height: 800 }, [rect(100, 400, 80, 36)]);
    expect(spot.compact).toBe(false);
    expect(spot.top).toBeGreaterThan(anchor.bottom);
    expect(intersects(atSpot(spot, { width: size.width, height: spot.maxHeight }), rect(100, 400, 80, 36))).toBe(false);
  });

  it('flips to another side when the Post button is below the badge', () => {
    const anchor = rect(300, 500, 40, 24);
    const post = rect(280, 540, 100, 40);
    const spot = popoverSpot(anchor, size, { width: 400, height: 800 }, [post]);
    expect(intersects(atSpot(spot, { width: size.width, height: spot.maxHeight }), post)).toBe(false);
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(anchor.top);
  });

  it('with no room anywhere, shrinks into the band that leaves Post free (compact)', () => {
    const viewport = { width: 400, height: 500 };
    const post = rect(0, 230, 400, 40);
    const spot = popoverSpot(rect(180, 240, 40, 24), { width: 360, height: 900 }, viewport, [post]);
    expect(spot.compact).toBe(true);
    const b = atSpot(spot, { width: 360, height: spot.maxHeight });
    expect(intersects(b, post)).toBe(false);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(viewport.height);
  });

  it('stays inside the viewport and prefers not to cover the editor', () => {
    const editor = rect(100, 100, 500, 200);
    const anchor = rect(604, 276, 40, 24);
    const spot = popoverSpot(anchor, size, { width: 1280, height: 800 }, [], [editor]);
    const b = atSpot(spot, { width: size.width, height: spot.maxHeight });
    expect(intersects(b, editor)).toBe(false);
    expect(b.right).toBeLessThanOrEqual(1280);
  });

  it('compact, keeps clear of the editor too when the band left is tall enough', () => {
    const viewport = { width: 400, height: 800 };
    const editor = rect(16, 330, 368, 110);
    const post = rect(24, 530, 352, 36);
    const spot = popoverSpot(rect(337, 437, 40, 24), { width: 360, height: 1200 }, viewport, [post, rect(200, 405, 4, 24)], [editor]);
    const b = atSpot(spot, { width: 360, height: spot.maxHeight });
    expect(spot.compact).toBe(true);
    expect(intersects(b, editor)).toBe(false);
    expect(intersects(b, post)).toBe(false);
  });
});

describe('popover beside the badge', () => {
  it('takes a side a little narrower than it likes rather than squeezing into a short band', () => {
    const viewport = { width: 1280, height: 800 };
    const editor = rect(406, 330, 468, 120);
    const post = rect(406, 530, 468, 36);
    const anchor = rect(879, 380, 36, 24);
    const spot = popoverSpot(anchor, { width: 360, height: 1200 }, viewport, [post], [editor]);
    expect(spot.left).toBeGreaterThan(anchor.right);
    expect(spot.width).toBeGreaterThanOrEqual(280);
    expect(spot.width).toBeLessThan(360);
    expect(spot.maxHeight).toBeGreaterThan(700);
    expect(intersects(atSpot(spot, { width: spot.width, height: spot.maxHeight }), editor)).toBe(false);
  });
});
