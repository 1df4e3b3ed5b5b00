import type { Sentence } from '../analyze-article.ts';
import type { CompiledClaim } from '../compile-claims.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Cond } from '../terms.ts';
import { condMatches } from '../terms.ts';
import { isUncertain } from './hedges.ts';
import { negatedNear } from './negation.ts';
import { timing } from './timing.ts';
import type { Signal, StanceContext } from './types.ts';

/** How many sentences after a statement a repeated noun ("the weapons") may still name what it named. */
const NOUN_REACH = 4;
/** Determiners of a noun that points back: "THE weapons", "THESE weapons", "эти ракеты". */
const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that', 'such', 'its', 'their', 'эти', 'это', 'этих', 'этим', 'этого', 'этот', 'такое', 'такие', 'гэтыя', 'гэта', 'гэтых', 'гэтую', 'ці', 'це', 'цю', 'цих', 'цієї', 'цей', 'такі']);
/** Pronouns that stand for a thing of the sentence before: "Control over IT lies with Minsk", "Контроль над НИМ". */
const PRONOUN = new Set([
  'it', 'they', 'them', 'its', 'their',
  'он', 'оно', 'она', 'они', 'его', 'её', 'ее', 'их', 'им', 'ним', 'ними', 'нём', 'нем', 'них', 'ему', 'нему',
  'ей', 'ею', 'ней', 'нею',
  // (ё is read as е: "ён" and "ёй" are "ен" and "ей")
  'ен', 'яно', 'яна', 'яны', 'яго', 'іх', 'імі', 'ім', 'ніх', 'нім',
  'він', 'воно', 'вона', 'вони', 'його', 'їх', 'ними', 'ньому', 'ним', 'них', 'неї', 'нього', 'ній',
]);

/**
 * "Russia has put tactical nuclear weapons in Belarus. ... The weapons are under Belarusian control.": a later
 * sentence that names the statement's thing only by a pronoun or by its bare noun ("the weapons", "ним") meets a
 * contradicting condition of the claim once that thing is read into it. Only a topic term (a weapon, a force, footage)
 * is carried, only when the rest of the condition names something of its own, and only into the next sentence for a
 * pronoun or a few sentences on for a repeated noun.
 */
export function findCarriedContradiction(claim: CompiledClaim, signals: Signal[], ctx: StanceContext): void {
  const carried = carriedConds(claim, ctx);
  if (carried.length === 0) return;
  const sentences = ctx.article.sentences;
  // (a sentence with several signals is read once)
  let last = -1;
  for (let n = 0; n < signals.length; n++) {
    const sig = signals[n]!;
    // (a statement of the claim: what only mentions it is no statement to say otherwise of)
    if (sig.stance !== 'supports' || sig.sentence.isTitle || sig.sentence.index === last) continue;
    const s = sig.sentence;
    last = s.index;
    for (const { cond, key, rest } of carried) {
      if (!s.keys.has(key)) continue;
      let heads: string[] | null = null;
      for (let m = s.index + 1; m <= Math.min(sentences.length - 1, s.index + NOUN_REACH); m++) {
        const t = sentences[m]!;
        if (t.paragraph > s.paragraph + 1) break;
        // (the cheap tests first: the rest of the condition, then the words that point back)
        if (t.keys.has(key) || !condMatches(rest, t)) continue;
        heads ??= headNouns(s, key);
        if (!pointsTo(t, heads, m === s.index + 1)) continue;
        if (cond.includes('$neg') ? negatedNear(t, rest) === null : negatedNear(t, rest) !== null) continue;
        if (isUncertain(t) || timing(claim, t, sentences, ctx.article.published).later) continue;
        signals.push({ stance: 'contradicts', confidence: 0.65, sentence: t, stated: s, reason: `what "${s.words(s.hits.find((h) => h.key === key)!)}" named before is said to be otherwise`, comparisons: [] });
        return;
      }
    }
  }
}

interface Carried {
  cond: Cond;
  /** the force key the later sentence may name by a pronoun */
  key: string;
  /** the condition without it */
  rest: Cond;
}

const CARRIED = new WeakMap<CompiledClaim, Carried[]>();

/** The claim's contradicting conditions that name a force of the topic and something else of their own (made once per claim). */
function carriedConds(claim: CompiledClaim, ctx: StanceContext): Carried[] {
  let list = CARRIED.get(claim);
  if (!list) {
    list = [];
    for (const cond of claim.contradictedBy.conds) {
      for (const k of cond) {
        if (!ctx.forceKeys.has(k)) continue;
        const rest = restOf(cond, k);
        if (rest) list.push({ cond, key: k, rest });
      }
    }
    CARRIED.set(claim, list);
  }
  return list;
}

/** The condition without key k; null when what is left names nothing of its own (only "$neg" and the like). */
function restOf(cond: Cond, k: string): Cond | null {
  const rest: string[] = [];
  let content = false;
  for (const x of cond) {
    if (x === k) continue;
    rest.push(x);
    if (x.charCodeAt(0) !== 36 && x.charCodeAt(0) !== 45) content = true;
  }
  return content ? rest : null;
}

/** The noun that key k's words name in s: the last word of the phrase, and the word after it ("nuclear WEAPONS"). */
function headNouns(s: Sentence, k: string): string[] {
  const out: string[] = [];
  for (const h of s.hits) {
    if (h.key !== k || h.group === G.cue) continue;
    out.push(stem(s.tokens[h.j - 1]!.n));
    const next = s.tokens[h.j];
    if (next && !next.d && next.n.length >= 4) out.push(stem(next.n));
  }
  return out;
}

/** A crude stem: inflections differ in the ending ("weapon"/"weapons", "оружие"/"оружия"). */
function stem(w: string): string {
  return w.length > 5 ? w.slice(0, w.length - 2) : w;
}

/** The sentence names the thing again: by its noun (after a determiner, or bare in ru/be/uk), or, next to it, by a pronoun. */
function pointsTo(t: Sentence, heads: string[], adjacent: boolean): boolean {
  for (let k = 0; k < t.tokens.length; k++) {
    const w = t.tokens[k]!.n;
    if (adjacent && PRONOUN.has(w)) return true;
    if (w.length < 4) continue;
    for (const h of heads) {
      if (!w.startsWith(h) || w.length > h.length + 3) continue;
      if (/[а-яіїєґў]/.test(w) || (k > 0 && DEFINITE.has(t.tokens[k - 1]!.n))) return true;
    }
  }
  return false;
}
