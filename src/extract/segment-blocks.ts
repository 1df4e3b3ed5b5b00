import { Element, type AnyNode, type Document } from 'domhandler';
import { BLOCK_TAGS, CELL_TAGS, HEADING_TAGS, SKIPPED_TAGS } from './html-tags.ts';
import { hintOf, type Hint } from './class-hints.ts';
import { EXTRACT_LIMITS } from './limits.ts';

/** A block-level element of the page, in document (pre-)order. */
export interface BlockElement {
  el: Element;
  /** Index of the nearest block-level ancestor, -1 for the outermost. */
  parent: number;
  hint: Hint;
  /** Blocks `[firstBlock, endBlock)` lie inside this element. */
  firstBlock: number;
  endBlock: number;
}

/** A run of text between block boundaries: a paragraph, heading, list item, cell or bare text. */
export interface TextBlock {
  /** Whitespace-normalised; `\n` only where the page had `<br>`. */
  text: string;
  chars: number;
  /** Characters inside `<a>`. */
  linkChars: number;
  /** The block-level element the text sits in directly. */
  owner: number;
  heading: boolean;
}

export interface Segmentation {
  elements: BlockElement[];
  blocks: TextBlock[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const INLINE_CAPTION = /caption|credit|photo-?source|image-?source|copyright/i;
/** Hover cards and tooltips inside paragraphs are hidden by the site's CSS, not by markup we can see. */
const TOOLTIP = /tooltip|popover|hover-?card|rollover/i;

/** Hidden by the page itself: never rendered, so never article text. */
function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Splits the visible text of `root` into blocks at block-element boundaries, iteratively (no recursion,
 * so 10,000-deep nesting is fine), skipping scripts, controls and hidden elements.
 */
export function segmentBlocks(root: Document | Element): Segmentation {
  // A stand-in for the document itself, so text outside any block element (a bare fragment) has an owner.
  const elements: BlockElement[] = [{ el: new Element('#document', {}), parent: -1, hint: 'none', firstBlock: 0, endBlock: 0 }];
  const blocks: TextBlock[] = [];
  const openBlocks: number[] = [0];
  const hintCache = new Map<string, Hint>();
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts
      .join('')
      .replace(/ {2,}/g, ' ')
      .replace(/ ?\n[ \n]*/g, '\n')
      .trim();
    const owner = openBlocks[openBlocks.length - 1]!;
    if (WORD_CHAR.test(text)) {
      const ownerTag = elements[owner]!.el.name;
      blocks.push({ text, chars: text.length, linkChars: Math.min(linkChars, text.length), owner, heading: HEADING_TAGS.has(ownerTag) });
    }
    parts = [];
    linkChars = 0;
  };

  // Work items: a node to enter, or a marker for leaving a block element or a link.
  const EXIT_BLOCK = 1;
  const EXIT_LINK = 2;
  const stack: Array<AnyNode | number> = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  let elementCount = 0;
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      if (item === EXIT_BLOCK) {
        flush();
        const idx = openBlocks.pop()!;
        elements[idx]!.endBlock = blocks.length;
      } else if (item === EXIT_LINK) linkDepth--;
      continue;
    }
    if (item.type === 'text') {
      const data = (item as { data: string }).data;
      const norm = data.replace(/\s+/g, ' ');
      if (norm === ' ' && (parts.length === 0 || parts[parts.length - 1]!.endsWith(' '))) continue;
      parts.push(norm);
      if (linkDepth > 0) linkChars += norm.trim().length;
      continue;
    }
    if (item.type !== 'tag' && item.type !== 'script' && item.type !== 'style') continue;
    const el = item as Element;
    const name = el.name;
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    if (SKIPPED_TAGS.has(name) || isHidden(el)) continue;
    const isBlockTag = BLOCK_TAGS.has(name);
    // Inline captions and credits sit inside paragraphs, where block-level hints cannot reach them.
    if (!isBlockTag && el.attribs['class'] && (INLINE_CAPTION.test(el.attribs['class']) || TOOLTIP.test(el.attribs['class']))) continue;
    // A footnote mark ("May 2023.<sup>2</sup> Mechanised ...") is no text: kept, it glues two sentences together.
    if (name === 'sup' && isFootnoteMark(el, parts)) continue;
    if (++elementCount > EXTRACT_LIMITS.maxElements) continue;
    // A cell holding paragraphs is a layout cell and a container; a cell of bare text is part of its row.
    const isBlock = isBlockTag || (CELL_TAGS.has(name) && hasBlockChild(el));
    if (isBlock) {
      flush();
      const parent = openBlocks[openBlocks.length - 1]!;
      elements.push({ el, parent, hint: hintOf(el, hintCache), firstBlock: blocks.length, endBlock: blocks.length });
      openBlocks.push(elements.length - 1);
      stack.push(EXIT_BLOCK);
    } else if (CELL_TAGS.has(name)) {
      parts.push(' ');
    } else if (name === 'a') {
      linkDepth++;
      stack.push(EXIT_LINK);
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  elements[0]!.endBlock = blocks.length;
  return { elements, blocks };
}

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && (BLOCK_TAGS.has((c as Element).name) || (c as Element).name === 'br')) return true;
  return false;
}

/** What a footnote mark reads: "2", "[12]", "(3)", "*", "†", "a". */
const MARK_TEXT = /^[[(]?(\d{1,3}|[*†‡§]{1,3}|[a-z])[\])]?$/i;
const NOTE_CLASS = /foot|note|fn\b|ref|cite/i;

/**
 * A `<sup>` holding only a mark that refers to a note: it links to one (`<a href="#fn2">`, inside or around it),
 * names itself a note, or stands right after punctuation ("2023.²"). A number after a letter or digit without a
 * link is an exponent ("km<sup>2</sup>", "10<sup>6</sup>") and stays.
 */
function isFootnoteMark(el: Element, parts: string[]): boolean {
  const text = textOf(el).trim();
  if (!MARK_TEXT.test(text)) return false;
  const parent = el.parent as Element | null;
  if (parent && parent.type === 'tag' && parent.name === 'a' && (parent.attribs['href'] ?? '').startsWith('#')) return true;
  if (NOTE_CLASS.test(el.attribs['class'] ?? '') || hasNoteLink(el)) return true;
  const before = parts.length ? parts[parts.length - 1]! : '';
  const last = before.trimEnd().slice(-1);
  return /^\d+$/.test(text) && last !== '' && !/[\p{L}\p{N}]/u.test(last) && !before.endsWith(' ');
}

function hasNoteLink(el: Element): boolean {
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    const e = c as Element;
    if ((e.name === 'a' && (e.attribs['href'] ?? '').startsWith('#')) || hasNoteLink(e)) return true;
  }
  return false;
}

function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += (c as unknown as { data: string }).data;
    else if (c.type === 'tag') out += textOf(c as Element);
    if (out.length > 8) break;
  }
  return out;
}
