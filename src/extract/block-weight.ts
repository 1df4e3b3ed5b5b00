import type { TextBlock } from './segment-blocks.ts';

/**
 * How much a block looks like article prose: its own (non-link) text counts for it, link text (more so
 * the more of the block it is) and a fixed per-block cost count against it, so menus and teasers come
 * out negative.
 */
export function blockWeight(b: TextBlock): number {
  const density = b.chars > 0 ? b.linkChars / b.chars : 0;
  // Links inside prose cost little, a block that is all link (menu, teaser) costs twice its length.
  return b.chars - b.linkChars - 2 * b.linkChars * density - BLOCK_COST;
}
/** What any block costs: short lines (labels, dates, buttons) come out negative. */
const BLOCK_COST = 10;
