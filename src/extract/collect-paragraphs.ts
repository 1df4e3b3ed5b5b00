import type { Segmentation } from './segment-blocks.ts';
import type { ContentSelection } from './select-content.ts';
import { isBylineOrDate, isFurnitureLine } from './boilerplate-lines.ts';

/** How many leading lines may be a byline or dateline. */
const HEADER_LINES = 3;

/**
 * The article's paragraphs: the chosen container's blocks minus boilerplate regions inside it and
 * blocks that are mostly link text; `<br>` lines become paragraphs of their own.
 */
export function collectParagraphs(seg: Segmentation, sel: ContentSelection, title: string | null): string[] {
  if (sel.best < 0) return [];
  const container = seg.elements[sel.best]!;
  const out: string[] = [];
  const normTitle = title ? normalise(title) : null;
  for (let i = bodyStart(seg, container.firstBlock, container.endBlock, normTitle); i < container.endBlock; i++) {
    const b = seg.blocks[i]!;
    if (sel.nearestDropped[b.owner]! > sel.best) continue;
    const density = b.linkChars / b.chars;
    if (density > 0.8 || (density > 0.5 && b.chars < 100)) continue;
    if (b.heading && normTitle && normalise(b.text) === normTitle) continue;
    for (const line of b.text.split('\n')) {
      // The headline repeated as the first line of a bare-text body (no heading element) is the title.
      if (!line || (out.length === 0 && normTitle && normalise(line) === normTitle)) continue;
      if (isFurnitureLine(line) || (out.length < HEADER_LINES && isBylineOrDate(line))) continue;
      out.push(line);
    }
  }
  return out;
}

/** Text above the headline (kicker, rubric, breadcrumbs) is page furniture, if there is little of it. */
const MAX_ABOVE_TITLE_CHARS = 300;
const MIN_TEXT_AFTER_TITLE = 300;

/**
 * The first block after the headline when the container holds one, else the container's first. Any
 * heading that repeats the title counts wherever it is (a news ticker above the story), as long as an
 * article's worth of text follows it; an untitled `<h1>` only near the start.
 */
function bodyStart(seg: Segmentation, first: number, end: number, normTitle: string | null): number {
  let total = 0;
  for (let i = first; i < end; i++) total += seg.blocks[i]!.chars;
  let above = 0;
  for (let i = first; i < end; i++) {
    const b = seg.blocks[i]!;
    if (b.heading) {
      const repeatsTitle = normTitle !== null && normalise(b.text) === normTitle;
      if (repeatsTitle && total - above - b.chars >= MIN_TEXT_AFTER_TITLE) return i + 1;
      if (above <= MAX_ABOVE_TITLE_CHARS && seg.elements[b.owner]!.el.name === 'h1') return i + 1;
    }
    above += b.chars;
  }
  return first;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
