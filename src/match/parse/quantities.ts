import { G } from '../lexicon/builtin-phrases.ts';
import { VAGUE_WORDS } from '../lexicon/number-words.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Token } from '../text/tokenize.ts';

export type QuantityKind = 'count' | 'distance' | 'share' | 'number';

/** A quantity read from a sentence, as the interval of values it allows. Distances are in km. */
export interface Quantity {
  kind: QuantityKind;
  /** central value (km for distances, 0..1 for shares) */
  value: number;
  min: number;
  max: number;
  /** what a count counts: "troops", or a unit the claims file defines (e.g. "trucks") */
  unit: string | null;
  /** for shares: the whole is the army/forces ("a third of the army") */
  ofArmy: boolean;
  /** verbatim span, qualifier included ("about 1,100 troops") */
  text: string;
  /** the word that qualified it: approx, upto, more, less, only, or null */
  qualifier: string | null;
  /** token span [i, j) */
  i: number;
  j: number;
  /** for distances: measured from something ("30 miles from the border", "в 50 км от границы", "within 5 km of") */
  fromPoint: boolean;
  /** a part of a date: a bare 4-digit year-like number with no unit, or a day next to a month ("10 August", "August 10") */
  yearLike: boolean;
  /** what the stance rules read around it (whose it is, per unit, hypothetical), cached on first use */
  context?: number;
  /** for shares: the whole is named and is something other than the army ("a third of the grain harvest") */
  ofOther?: boolean;
  /** a bare plural magnitude ("thousands of soldiers", "сотни военных"): a manner of speaking, not a count */
  generic?: boolean;
}

// (the singular cases of "thousand" and "million": "с тысячей военных" is one thousand, "тысячами" many)
const SINGULAR_MAGNITUDE = new Set(['thousand', 'million', 'hundred', 'сто', 'тысяча', 'тысячу', 'тысяче', 'тысячей', 'тысячью', 'тисяча', 'тисячу', 'тисячею', 'тысячай', 'миллион', 'миллиону', 'миллионом', 'миллионе', 'мільйон', 'мільйону', 'мільйоном', 'мільйоні', 'мільён', 'мільёну', 'мільёне']);
const RANGE_WORDS = new Set(['to', 'and', 'до', 'и', 'і', 'да', 'та', 'or', 'или', 'ці', 'чи']);
const RANGE_OPENERS = new Set(['between', 'from', 'от', 'ад', 'від', 'між', 'между', 'паміж']);
const FROM_AFTER = /^[\s,]*(?:\S+\s+)?(from|away|short|back|off|of|от|ад|від|од|до|далей|дальше|далі)(?=[\s,.;:]|$)/iu;
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'until', 'of', 'в', 'во', 'у', 'ў', 'з', 'с', 'со', 'до', 'да', 'від', 'ад', 'от', 'from', 'early', 'late', 'mid']);
const NUMBER_OF = /(number|numbers|count|total|figure|estimate|численност|количеств|число|колькасц|лік|кількіст|чисельн)\s*(of\s*)?$/i;
const COUNT_BEFORE = /^(численност|чисельн|колькасц|numbering|totall?ing|strength)/;

interface Token2 {
  num?: number;
  mag?: number;
  vague?: [number, number];
}

/** Reads every quantity of one sentence (digits with any grouping, number words, fractions, percentages, ranges). */
/** Shared empties of parseQuantities (never written). */
const NO_HITS_AT: ReadonlyMap<number, Hit> = new Map();
const NO_INDICES: ReadonlySet<number> = new Set();

export function parseQuantities(text: string, tokens: readonly Token[], hits: readonly Hit[]): Quantity[] {
  const ann: (Token2 | undefined)[] = new Array(tokens.length);
  // (the maps and sets are made only when a hit needs one: most sentences with a number have few of them)
  let unitAtMap: Map<number, Hit> | null = null;
  let qualEndMap: Map<number, Hit> | null = null;
  const fracs: Hit[] = [];
  let monthEnd: Set<number> | null = null;
  let monthStart: Set<number> | null = null;
  for (const h of hits) {
    switch (h.group) {
      case G.month:
        (monthEnd ??= new Set()).add(h.j);
        (monthStart ??= new Set()).add(h.i);
        break;
      case G.num:
        if (h.j === h.i + 1) (ann[h.i] ??= {}).num = h.value!;
        break;
      case G.mag:
        (ann[h.i] ??= {}).mag = h.value!;
        break;
      case G.vague: {
        const v = VAGUE_WORDS[h.key];
        if (v) (ann[h.i] ??= {}).vague = v;
        break;
      }
      case G.frac:
        fracs.push(h);
        break;
      case G.unit: {
        const unitAt = (unitAtMap ??= new Map());
        if (!unitAt.has(h.i) || unitAt.get(h.i)!.j < h.j || (h.key !== 'army' && unitAt.get(h.i)!.key === 'army')) unitAt.set(h.i, h);
        break;
      }
      case G.qual: {
        // "не менее" (at least) wins over the "менее" (less) inside it: the longer qualifier counts
        const qualEnd = (qualEndMap ??= new Map());
        const prev = qualEnd.get(h.j);
        if (!prev || prev.i > h.i) qualEnd.set(h.j, h);
        break;
      }
      case G.cue:
        if (h.key === 'only') (qualEndMap ??= new Map()).set(h.j, { ...h, key: 'only' });
        break;
    }
  }
  const out: Quantity[] = [];
  const unitAt: ReadonlyMap<number, Hit> = unitAtMap ?? NO_HITS_AT;
  const qualEnd: ReadonlyMap<number, Hit> = qualEndMap ?? NO_HITS_AT;
  let fracStart: ReadonlySet<number> = NO_INDICES;
  if (fracs.length !== 0) {
    const starts = new Set<number>();
    for (const f of fracs) starts.add(f.i);
    fracStart = starts;
  }
  let i = 0;
  while (i < tokens.length) {
    // (readNumber reads only digits and annotated words: skip the rest without a lookup)
    const first = (!tokens[i]!.d && ann[i] === undefined) || fracStart.has(i) ? null : readNumber(text, tokens, ann, i);
    if (!first) {
      i++;
      continue;
    }
    let { min, max, end } = first;
    let value = (min + max) / 2;
    let qualifier: string | null = null;
    let start = i;
    // Range "800–1,500", "between 800 and 1,500", "от 800 до 1500".
    const sep = end < tokens.length ? text.slice(tokens[end - 1]!.e, tokens[end]!.s) : '';
    const opener = start > 0 && RANGE_OPENERS.has(tokens[start - 1]!.n);
    if (end < tokens.length && (/^\s*[-–—]\s*$/.test(sep) || (/^\s*$/.test(sep) && RANGE_WORDS.has(tokens[end]!.n) && (opener || tokens[end]!.n !== 'and')))) {
      const second = readNumber(text, tokens, ann, /^\s*[-–—]\s*$/.test(sep) ? end : end + 1);
      if (second && second.max >= min) {
        // "2-3 thousand": the magnitude of the second number applies to the first.
        if (second.magnitude > 1 && first.magnitude === 1) min *= second.magnitude;
        max = second.max;
        value = (min + max) / 2;
        end = second.end;
        qualifier = 'range';
        if (opener) start--;
      }
    }
    // "one in three of his soldiers", "two out of every five": a share, not a count of three
    let ratio = false;
    let troopRatio = false;
    if (qualifier === null && !first.percent && min === max) {
      // "one SOLDIER in forty", "один солдат из сорока": the numerator may carry its troop word
      const u = unitAt.get(end);
      let den = ratioDenominator(text, tokens, ann, end);
      if (!den && u !== undefined && u.key === 'troops') {
        den = ratioDenominator(text, tokens, ann, u.j);
        troopRatio = den !== null;
      }
      if (den && den.min === den.max && den.min > min && den.min <= 100 && min >= 1) {
        min = max = value = min / den.min;
        min -= 0.03;
        max += 0.03;
        end = den.end;
        ratio = true;
      }
    }
    // "on 10 August", "August 10", "between 10 and 23 August": a day of a month, not a count
    const dayOfMonth = !ratio && !first.percent && first.magnitude === 1 && min >= 1 && max <= 31 && Number.isInteger(min) && Number.isInteger(max) && ((monthStart !== null && monthStart.has(end)) || (monthEnd !== null && monthEnd.has(start)));
    if (qualifier === null) {
      let k = start;
      for (let step = 0; step < 2; step++) {
        const q = qualEnd.get(k);
        if (!q) break;
        if (q.key === 'only') {
          qualifier ??= 'only';
        } else if (q.key === 'upto' && ['до', 'да'].includes(tokens[q.i]!.n) && q.i > 0 && RANGE_OPENERS.has(tokens[q.i - 1]!.n)) {
          break;
        } else {
          qualifier = q.key;
          if (q.key === 'approx') [min, max] = [Math.min(min, value * 0.85), Math.max(max, value * 1.15)];
          else if (q.key === 'upto' || q.key === 'less') [min, max] = [0, value];
          else if (q.key === 'more') [min, max] = [value, ratio ? 1 : value * 10];
        }
        k = q.i;
        start = q.i;
      }
    }
    // Unit: within three tokens after the number ("1,100 Belarusian troops", "30 miles").
    let kind: QuantityKind = 'number';
    let unit: string | null = null;
    let factor = 1;
    let unitEnd = end;
    let ofArmy = false;
    if (first.percent) {
      kind = 'share';
      factor = 0.01;
      unitEnd = first.percentEnd;
    } else if (ratio) {
      kind = 'share';
    } else if (!dayOfMonth) {
      for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
        // "30 miles (about 48 km)": the unit of the next number is not this one's
        if (tokens[k]!.d) break;
        const u = unitAt.get(k);
        // the unit is in the number's own noun phrase: a clause word, a verb or a preposition ends it
        // ("on 10 August that troops were ...", "15 were seen and troops ...")
        if (!u) {
          if (UNIT_STOP.has(tokens[k]!.n)) break;
          continue;
        }
        if (u.key === 'percent') {
          kind = 'share';
          factor = 0.01;
        } else if (u.key === 'km') kind = 'distance';
        else if (u.key === 'mi') {
          kind = 'distance';
          factor = 1.609;
        } else if (u.key === 'troops') {
          kind = 'count';
          unit = 'troops';
        } else if (u.key.startsWith('count:')) {
          kind = 'count';
          unit = u.key.slice(6);
        } else continue;
        unitEnd = u.j;
        break;
      }
      if (kind === 'number' && !dayOfMonth) {
        for (let k = Math.max(0, start - 2); k < start; k++) if (COUNT_BEFORE.test(tokens[k]!.n)) [kind, unit] = ['count', 'troops'];
      }
      // "put the number of troops sent ... at around 1,100": a troop word shortly before, no other number between
      if (kind === 'number' && max >= 50 && !first.year && !dayOfMonth) {
        for (let k = start - 1; k >= Math.max(0, start - 10); k--) {
          if (tokens[k]!.d) break;
          const u = unitAt.get(k);
          if (u && u.key === 'troops' && NUMBER_OF.test(text.slice(tokens[Math.max(0, k - 3)]!.s, tokens[k]!.s))) {
            [kind, unit] = ['count', 'troops'];
            break;
          }
        }
      }
    }
    let ofOther = false;
    if (kind === 'share') {
      // (a ratio of soldiers, "one soldier in forty", is a share of the force they belong to)
      ofArmy = troopRatio || armyAfter(tokens, unitAt, unitEnd);
      ofOther = !ofArmy && (otherWholeAfter(tokens, unitAt, unitEnd) || peopleWholeAfter(tokens, unitEnd));
    }
    const fromPoint = kind === 'distance' && (FROM_AFTER.test(text.slice(tokens[unitEnd - 1]!.e, tokens[unitEnd + 2]?.e ?? text.length)) || /\b(within|в радиусе|у радыусе|в межах|у межах|в пределах|у межах)\s*$/i.test(text.slice(Math.max(0, tokens[start]!.s - 16), tokens[start]!.s)));
    const yearLike = dayOfMonth || (first.year && (kind === 'number' || YEAR_BEFORE.has(tokens[i - 1]?.n ?? '') || (monthEnd !== null && monthEnd.has(i))));
    if (yearLike) [kind, unit] = ['number', null];
    out.push({
      kind,
      value: value * factor,
      min: min * factor,
      max: max * factor,
      unit,
      ofArmy,
      fromPoint,
      text: text.slice(tokens[start]!.s, tokens[Math.max(unitEnd, end) - 1]!.e),
      qualifier,
      i: start,
      j: Math.max(unitEnd, end),
      yearLike,
      generic: first.generic && qualifier === null,
      ofOther,
    });
    i = Math.max(end, i + 1);
  }
  for (const f of fracs) {
    if (out.some((q) => q.i <= f.i && q.j > f.i)) continue;
    // "третью часть армии": the longer phrase is the share, so the whole after it is read from its end
    if (fracs.some((g) => g.i === f.i && g.j > f.j)) continue;
    // "two and a half years", "half an hour", "полтора года": a span of time, not a share of anything
    if (timeFraction(tokens, f)) continue;
    // "the twenty-third of August": an ordinal day of a month, not a share
    if (monthStart !== null && monthStart.has(f.j)) continue;
    let qualifier: string | null = null;
    let start = f.i;
    const q = qualEnd.get(f.i);
    let min = f.value! - 0.03;
    let max = f.value! + 0.03;
    if (q) {
      qualifier = q.key;
      start = q.i;
      if (q.key === 'approx') min = f.value! - 0.07;
      else if (q.key === 'upto' || q.key === 'less') min = 0;
      else if (q.key === 'more') max = 1;
    }
    const ofArmy = armyAfter(tokens, unitAt, f.j);
    const last = ofArmy ? armyEnd(tokens, unitAt, f.j) : f.j;
    out.push({ kind: 'share', value: f.value!, min, max, unit: null, ofArmy, fromPoint: false, text: text.slice(tokens[start]!.s, tokens[last - 1]!.e), qualifier, i: start, j: last, yearLike: false, generic: false, ofOther: !ofArmy && (otherWholeAfter(tokens, unitAt, f.j) || peopleWholeAfter(tokens, f.j)) });
  }
  return out;
}

/**
 * Words that end a number's noun phrase before its unit: clause words, auxiliaries, prepositions and conjunctions
 * ("on 10 August THAT troops were ...", "15 WERE seen, with troops ...", "в 10 ЧАСОВ войска ...").
 */
const UNIT_STOP = new Set([
  'that', 'which', 'who', 'when', 'where', 'were', 'was', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'will', 'would',
  'in', 'on', 'at', 'to', 'into', 'from', 'by', 'for', 'with', 'and', 'or', 'but', 'as', 'after', 'before', 'since', 'while',
  'что', 'который', 'которые', 'когда', 'где', 'был', 'была', 'были', 'было', 'в', 'во', 'на', 'к', 'ко', 'с', 'со', 'и', 'а', 'но', 'или', 'после', 'до', 'за', 'у', 'от',
  'што', 'які', 'якія', 'калі', 'дзе', 'быў', 'была', 'былі', 'ў', 'і', 'ці', 'пасля', 'ад', 'да',
  'що', 'який', 'які', 'коли', 'де', 'був', 'була', 'були', 'та', 'або', 'після', 'від', 'з',
]);

/** "one IN three", "two OUT OF (every) five", "один ИЗ трёх": the denominator of a ratio after a number, or null. */
function ratioDenominator(text: string, tokens: readonly Token[], ann: readonly (Token2 | undefined)[], end: number): NumberRead | null {
  let k = end;
  const w = tokens[k]?.n;
  if (w === 'in' || w === 'из' || w === 'з' || w === 'із') k++;
  else if (w === 'out' && tokens[k + 1]?.n === 'of') k += 2;
  else return null;
  if (tokens[k]?.n === 'every' || tokens[k]?.n === 'каждых' || tokens[k]?.n === 'кожних' || tokens[k]?.n === 'кожных') k++;
  if (k >= tokens.length) return null;
  return readNumber(text, tokens, ann, k);
}

/** Words of a span of time after a fraction: "half a YEAR", "two and a half YEARS", "пол ГОДА". */
export const TIME_WORD = /^(years?|months?|weeks?|days?|hours?|decades?|century|centuries|minutes?|год|года|годы|лет|месяц|месяца|месяцев|недел[июь]|дня|дней|часа|часов|гадоў|гады|месяцы|тыдня|тыдні|дзён|рок|року|роки|років|місяць|місяця|місяців|тижня|тижні|днів|години|годин)$/;
const ARTICLE = new Set(['a', 'an', 'the']);

/** The fraction measures time, or ends a mixed number ("two and a half years", "half an hour"). */
function timeFraction(tokens: readonly Token[], f: Hit): boolean {
  let k = f.j;
  if (ARTICLE.has(tokens[k]?.n ?? '')) k++;
  if (TIME_WORD.test(tokens[k]?.n ?? '')) return true;
  // "two and a half": the half belongs to the number before it
  let b = f.i - 1;
  if (ARTICLE.has(tokens[b]?.n ?? '')) b--;
  return (tokens[b]?.n === 'and' || tokens[b]?.n === 'с' || tokens[b]?.n === 'з') && b > 0 && (tokens[b - 1]!.d || /^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[b - 1]!.n));
}

/**
 * The share is of people, not of a force: a poll ("78% of respondents", "78% респондентов", "two thirds said ...").
 * The whole follows the share, with or without "of"; or a verb of saying or opinion does, whose subject the share is.
 */
export const PEOPLE_WHOLE = /^(respondents?|people|population|citizens|voters|adults|residents|belarusians|ukrainians|russians|those|polled|surveyed|interviewees|участник|респондент|опрошенн|граждан|населени|жител|избирател|белорусов|белорусы|украинцев|россиян|людей|рэспандэнт|апытан|грамадзян|насельніцтв|жыхар|выбаршчык|беларусаў|беларусы|апытаных|опитан|громадян|населенн|мешканц|виборц|білорусів|білоруси|українців)/;
const OPINION_VERB = /^(said|say|says|told|think|thought|believe|believed|support|supported|supports|approve|approved|oppose|opposed|trust|trusted|agree|agreed|want|wanted|answered|replied|responded|считают|считает|заявили|ответили|поддерживают|поддержали|одобрили|одобряют|доверяют|против|хотят|согласны|выступают|лічаць|заявілі|адказалі|падтрымліваюць|ухвалілі|давяраюць|хочуць|вважають|заявили|відповіли|підтримують|схвалили|довіряють|хочуть|погоджуються)$/;

function peopleWholeAfter(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (OF_WHOLE.has(tokens[k]?.n ?? '')) k++;
  if (ARTICLE.has(tokens[k]?.n ?? '')) k++;
  const w = tokens[k]?.n ?? '';
  if (PEOPLE_WHOLE.test(w)) return true;
  // "two thirds said ...", "78% одобрили ...": the share is the subject of a verb of saying or opinion
  return k === from && OPINION_VERB.test(w);
}

function armyAfter(tokens: readonly Token[], unitAt: ReadonlyMap<number, Hit>, from: number): boolean {
  return armyEnd(tokens, unitAt, from) > from;
}

/** End of "of the army" / "армии" within four tokens after a share, or `from` when there is none. */
/** "of" words that name a share's whole: "a third OF the harvest", "треть ОТ урожая". */
const OF_WHOLE = new Set(['of', 'от', 'ад', 'від']);
const PRONOUN_WHOLE = new Set(['them', 'those', 'these', 'it', 'which', 'них', 'их', 'іх', 'їх', 'ix', 'того', 'этого', 'гэтага', 'цього']);

/** The share is of a named whole that is not the army ("a third of the grain harvest", "30% of exports"). */
function otherWholeAfter(tokens: readonly Token[], unitAt: ReadonlyMap<number, Hit>, from: number): boolean {
  if (!OF_WHOLE.has(tokens[from]?.n ?? '')) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 4); k++) {
    const u = unitAt.get(k);
    if (u && (u.key === 'army' || u.key === 'troops')) return false;
    const w = tokens[k]!.n;
    // "a third of them" may be the troops just named
    if (tokens[k]!.d || PRONOUN_WHOLE.has(w)) return false;
    if (!SHARE_CONNECTORS.has(w)) return true;
  }
  return false;
}

function armyEnd(tokens: readonly Token[], unitAt: ReadonlyMap<number, Hit>, from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const u = unitAt.get(k);
    if (u && (u.key === 'army' || u.key === 'troops')) return u.j;
    if (!SHARE_CONNECTORS.has(tokens[k]!.n)) break;
  }
  return from;
}

/** Words that may stand between a share and its whole: "a third of the Belarusian army", "треть всей армии". */
const SHARE_CONNECTORS = new Set(['of', 'the', 'its', 'his', 'their', 'her', 'country', "country's", 'belarus', "belarus's", 'belarusian', 'entire', 'whole', 'all', 'active', 'всей', 'всех', 'всего', 'белорусской', 'беларусской', 'усёй', 'усяго', 'беларускай', 'всієї', 'усієї', 'білоруської', 'своей', 'сваёй', 'своєї', 'national', 'strength', 'численности', 'колькасці', 'чисельності', 'личного', 'состава', 'асабовага', 'складу', 'особового', 'own', 'ground', 'land', 'своих', 'сваіх', 'своїх', 'сухопутных', 'сухапутных', 'сухопутних']);

interface NumberRead {
  min: number;
  max: number;
  end: number;
  magnitude: number;
  percent: boolean;
  percentEnd: number;
  year: boolean;
  generic: boolean;
}

/** Reads one number starting at token i: grouped digits, decimals, number words, magnitudes, vague amounts. */
function readNumber(text: string, tokens: readonly Token[], ann: readonly (Token2 | undefined)[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  let min: number;
  let max: number;
  let end = i + 1;
  let year = false;
  let generic = false;
  if (t.d) {
    // "BTR-82", "T-72", "Su-25": a model name, not a number
    if (t.s >= 2 && text[t.s - 1] === '-' && /\p{L}/u.test(text[t.s - 2]!)) return null;
    let digits = t.n;
    let decimal = '';
    // Thousands groups: 1,100 / 1.100 / 1 100 (a following group of exactly three digits).
    while (end < tokens.length && tokens[end]!.d) {
      const gap = text.slice(tokens[end - 1]!.e, tokens[end]!.s);
      const next = tokens[end]!.n;
      if (/^[,.\u00a0\u202f\u2009 ']$/.test(gap) && next.length === 3 && digits.length <= 3 * 4 && !decimal) {
        digits += next;
        end++;
      } else if (/^[.,]$/.test(gap) && next.length !== 3 && !decimal) {
        decimal = next;
        end++;
        break;
      } else break;
    }
    const v = Number(decimal ? `${digits}.${decimal}` : digits);
    year = !decimal && end === i + 1 && t.n.length === 4 && v >= 1900 && v <= 2100;
    min = max = v;
  } else {
    const a = ann[i];
    if (!a) return null;
    if (a.num !== undefined || (a.mag !== undefined && (SINGULAR_MAGNITUDE.has(t.n) || ann[i + 1]?.num !== undefined))) {
      let total = 0;
      let cur = 0;
      end = i;
      while (end < tokens.length) {
        const b = ann[end];
        if (b?.num !== undefined) {
          if (b.num === 100 && cur > 0 && cur < 100) cur *= 100;
          else cur += b.num;
        } else if (b?.mag !== undefined && tokens[end]!.n !== 'hundreds' && (cur > 0 || end === i || SINGULAR_MAGNITUDE.has(tokens[end]!.n))) {
          total += (cur || 1) * b.mag;
          cur = 0;
        } else if (tokens[end]!.n === 'and' && ann[end + 1]?.num !== undefined && total + cur > 0) {
          // "one thousand and fifty"
        } else break;
        end++;
      }
      min = max = total + cur;
    } else if (a.vague) {
      [min, max] = a.vague;
      const m = ann[i + 1]?.mag ?? (ann[i + 1]?.num === 100 ? 100 : undefined);
      if (m !== undefined && a.vague[1] < 100) {
        min *= m;
        max *= m;
        end = i + 2;
      } else if (a.vague[1] < 100) return null; // "few", "dozens" alone are not a number of troops
      else generic = true;
    } else return null;
  }
  // A magnitude after digits: "15 thousand", "2,5 тыс."
  let magnitude = 1;
  const m = ann[end]?.mag;
  if (m !== undefined && t.d) {
    magnitude = m;
    min *= m;
    max *= m;
    end++;
  }
  const percent = end < tokens.length && tokens[end]!.n === '%';
  return { min, max, end, magnitude, percent, percentEnd: percent ? end + 1 : end, year: year && magnitude === 1, generic };
}
