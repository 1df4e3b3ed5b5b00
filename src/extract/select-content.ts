import type { Segmentation } from './segment-blocks.ts';
import { blockWeight } from './block-weight.ts';


/** Boilerplate inside a container counts against it by this share of its weight. */
const BOILERPLATE_PENALTY = 0.5;
/**
 * A hinted region is distrusted when it holds this many times more prose than the best container found
 * while trusting it (themes put `sidebar` or `tag-...` classes on article wrappers); comment sections
 * need a larger margin, since long threads under short articles are common.
 */
const DISTRUST_RATIO = 2;
const DISTRUST_RATIO_COMMENTS = 5;
/** Below this much prose a hinted region is not worth a second look. */
const MIN_DISTRUSTED_PROSE = 100;
/** An `article-body`-like class breaks near-ties between a container and its wrapper. */
const POSITIVE_BONUS = 1.05;
const MAX_ROUNDS = 8;
const PROSE_MAX_LINK_DENSITY = 0.3;
/**
 * Unhinted regions of two or more blocks that are net negative and this link-dense are boilerplate too
 * (link lists, teaser grids), unless they hold much of the page's prose. A single paragraph full of
 * links is still prose; the per-line filter judges it.
 */
const LINK_RULE_MIN_DENSITY = 0.33;
const LINK_RULE_MAX_SHARE = 0.35;

export interface ContentSelection {
  /** The chosen container's element index, -1 when the page has no blocks. */
  best: number;
  /** Per element: the nearest enclosing element (itself included) that is boilerplate, or -1. */
  nearestBoilerplate: Int32Array;
  /**
   * Like `nearestBoilerplate`, for the output: a media or layout wrapper that holds prose (an embedded
   * post in a "video-container", a recipe card) is kept once it sits inside the chosen container.
   */
  nearestDropped: Int32Array;
  /** Per element: its score as a container. */
  score: Float64Array;
}

interface Totals {
  own: Float64Array;
  mass: Float64Array;
  pos: Float64Array;
  chars: Float64Array;
  links: Float64Array;
}

/** Per-element sums over the blocks each element holds (bottom-up, children before parents). */
function totals(seg: Segmentation): Totals {
  const n = seg.elements.length;
  const t: Totals = {
    own: new Float64Array(n),
    mass: new Float64Array(n),
    pos: new Float64Array(n),
    chars: new Float64Array(n),
    links: new Float64Array(n),
  };
  for (const b of seg.blocks) {
    const w = blockWeight(b);
    t.own[b.owner]! += w;
    t.mass[b.owner]! += Math.abs(w);
    if (w > 0) t.pos[b.owner]! += w;
    t.chars[b.owner]! += b.chars;
    t.links[b.owner]! += b.linkChars;
  }
  for (let i = n - 1; i >= 0; i--) {
    const p = seg.elements[i]!.parent;
    if (p < 0) continue;
    t.mass[p]! += t.mass[i]!;
    t.pos[p]! += t.pos[i]!;
    t.chars[p]! += t.chars[i]!;
    t.links[p]! += t.links[i]!;
  }
  return t;
}

/**
 * Chooses the container whose blocks add up to the most prose: an element scores the sum of its
 * blocks' weights, with boilerplate regions (class/id/role/tag hints, or link-heavy and net negative)
 * counting against it. Maximising over the tree keeps a body split by promo boxes or spread over
 * sibling containers whole and stops before the sidebar. Hints are trusted unless a hinted region holds
 * far more prose than what was found without it; then that region is re-scored as ordinary content.
 */
export function selectContent(seg: Segmentation, useHints = true): ContentSelection {
  const t = totals(seg);
  const distrusted = new Uint8Array(seg.elements.length);
  let totalPos = 0;
  for (let i = 0; i < seg.elements.length; i++) if (seg.elements[i]!.parent < 0) totalPos += t.pos[i]!;
  let result = scoreOnce(seg, t, totalPos, useHints, distrusted);
  for (let round = 1; round < MAX_ROUNDS && useHints; round++) {
    const found = result.best >= 0 ? Math.max(0, result.score[result.best]!) : 0;
    let suspect = -1;
    let suspectPos = 0;
    for (let i = 0; i < seg.elements.length; i++) {
      if (result.nearestBoilerplate[i] !== i || distrusted[i]) continue;
      const ratio = seg.elements[i]!.hint === 'comments' ? DISTRUST_RATIO_COMMENTS : DISTRUST_RATIO;
      if (t.pos[i]! > ratio * found + MIN_DISTRUSTED_PROSE && t.pos[i]! > suspectPos) {
        suspect = i;
        suspectPos = t.pos[i]!;
      }
    }
    if (suspect < 0) break;
    // A class that was wrong for one article chunk is wrong for its twins (bodies split into chunks).
    const { name, attribs } = seg.elements[suspect]!.el;
    for (let i = 0; i < seg.elements.length; i++) {
      const el = seg.elements[i]!.el;
      if (i === suspect || (el.name === name && el.attribs['class'] === attribs['class'] && attribs['class'])) distrusted[i] = 1;
    }
    result = scoreOnce(seg, t, totalPos, useHints, distrusted);
  }
  return result;
}

function scoreOnce(seg: Segmentation, t: Totals, totalPos: number, useHints: boolean, distrusted: Uint8Array): ContentSelection {
  const { elements } = seg;
  const n = elements.length;
  const score = new Float64Array(n);
  const boilerplate = new Uint8Array(n);
  const childSum = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const e = elements[i]!;
    score[i] = t.own[i]! + childSum[i]!;
    const hint = useHints && !distrusted[i] ? e.hint : 'none';
    const linkDensity = t.chars[i]! > 0 ? t.links[i]! / t.chars[i]! : 0;
    const isBoiler =
      hint === 'comments' ||
      hint === 'negative' ||
      hint === 'layout' ||
      (score[i]! < 0 &&
        linkDensity > LINK_RULE_MIN_DENSITY &&
        t.pos[i]! <= LINK_RULE_MAX_SHARE * totalPos &&
        e.endBlock - e.firstBlock >= 2);
    boilerplate[i] = isBoiler ? 1 : 0;
    // Boilerplate is dropped from the output anyway: it only has to tip the balance towards the
    // tighter container, not outweigh the article parts around it.
    if (e.parent >= 0) childSum[e.parent]! += isBoiler ? -BOILERPLATE_PENALTY * t.mass[i]! : score[i]!;
  }
  const nearestBoilerplate = new Int32Array(n);
  const nearestDropped = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = elements[i]!.parent;
    nearestBoilerplate[i] = boilerplate[i] ? i : p >= 0 ? nearestBoilerplate[p]! : -1;
    const proseInLayout =
      elements[i]!.hint === 'layout' && score[i]! > 0 && t.links[i]! < PROSE_MAX_LINK_DENSITY * t.chars[i]!;
    nearestDropped[i] = boilerplate[i] && !proseInLayout ? i : p >= 0 ? nearestDropped[p]! : -1;
  }
  // A container inside a comment section or sidebar is not the article, however much prose it holds.
  let best = -1;
  let bestScore = -Infinity;
  for (let i = n - 1; i >= 0; i--) {
    if (nearestBoilerplate[i] !== -1 || elements[i]!.firstBlock === elements[i]!.endBlock) continue;
    const s = score[i]! * (useHints && elements[i]!.hint === 'positive' ? POSITIVE_BONUS : 1);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  // Nothing prose-like anywhere (a page of a few short lines): the whole page, minus boilerplate.
  if (bestScore <= 0 && n > 0 && nearestBoilerplate[0] === -1) best = 0;
  return { best, nearestBoilerplate, nearestDropped, score };
}
