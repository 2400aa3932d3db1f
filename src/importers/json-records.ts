/** Walks a top-level JSON array item by item, pacing the work and noting items that do not parse. */
import { jsonArrayItems } from './json-array-items';
import type { Pacer } from './pacer';
import type { SkippedEntry } from './types';

/** Where the walk reports to: each parsed item, and the entries it had to skip. */
export interface ItemVisitor {
  /** `where` names the item for a person: `tweets.js item 12` (1-based). */
  visit(value: unknown, where: string): void;
  skipped: SkippedEntry[];
}

/**
 * Parses each item of the array opening at `open` on its own and hands it to `visitor.visit`. An
 * item that is not valid JSON is skipped with a reason (a damaged file keeps its other items); a
 * file cut off inside the array keeps every complete item before the cut.
 *
 * @param share maps the share of `text` walked (0..1) to the import's overall progress.
 */
export async function visitJsonArray(
  text: string,
  open: number,
  label: string,
  pacer: Pacer,
  share: (done: number) => number,
  visitor: ItemVisitor,
): Promise<void> {
  const items = jsonArrayItems(text, open);
  let number = 0;
  let lastParsed = false;
  for (;;) {
    const next = items.next();
    if (next.done) {
      if (!next.value.closed && (number === 0 || lastParsed)) {
        visitor.skipped.push({ where: label, reason: 'the file ends before the list does (cut off?); the complete items before the end were read' });
      }
      return;
    }
    number++;
    const where = `${label} item ${number}`;
    const { start, end } = next.value;
    lastParsed = false;
    if (start === end) {
      visitor.skipped.push({ where, reason: 'empty item' });
    } else {
      let value: unknown;
      try {
        value = JSON.parse(text.slice(start, end));
        lastParsed = true;
      } catch {
        const cutOff = end === text.length;
        visitor.skipped.push({ where, reason: cutOff ? 'the file ends in the middle of this item (cut off?)' : 'not valid JSON (the file is damaged here)' });
      }
      if (lastParsed) visitor.visit(value, where);
    }
    await pacer.step(share(end / text.length));
  }
}
