import type { Segmentation } from './segment-blocks.ts';
import { dateFromText } from './metadata/text-date.ts';

/** Datelines are short; a date inside a long line is part of the story, not its publication date. */
const MAX_DATELINE_CHARS = 120;
const BEFORE = 8;
const AFTER = 12;

/**
 * The publication date a page shows only as visible text, in the short lines around the headline (the
 * first `<h1>`, else the start of the chosen container). For pages without machine-readable dates.
 */
export function datelineDate(seg: Segmentation, containerFirstBlock: number, lang: string | null): string | null {
  let anchor = containerFirstBlock;
  for (let i = 0; i < seg.blocks.length; i++) {
    const b = seg.blocks[i]!;
    if (b.heading && seg.elements[b.owner]!.el.name === 'h1') {
      anchor = i;
      break;
    }
  }
  const end = Math.min(seg.blocks.length, anchor + AFTER);
  for (let i = Math.max(0, anchor - BEFORE); i < end; i++) {
    const b = seg.blocks[i]!;
    if (b.chars > MAX_DATELINE_CHARS) continue;
    const date = dateFromText(b.text, lang);
    if (date) return date;
  }
  return null;
}
