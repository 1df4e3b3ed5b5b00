import { cueMask, type Sentence } from '../analyze-article.ts';
import { G } from '../lexicon/builtin-phrases.ts';
import type { Hit } from '../lexicon/phrase-index.ts';
import type { Cond } from '../terms.ts';

/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_START = new Set(['that', 'how', 'whether', 'if', 'which', 'who', 'where', 'when', 'why', 'что', 'чтобы', 'как', 'сколько', 'ли', 'который', 'которые', 'где', 'што', 'як', 'колькі', 'ці', 'які', 'якія', 'дзе', 'що', 'скільки', 'чи', 'який', 'які', 'де']);
/** After a negation these words show that speaking or knowing is negated, not the fact ("did not say", "no doubt"). */
const SCOPE_VERB = /^(say|said|says|specify|specified|comment|commented|disclose|disclosed|reveal|revealed|give|gave|name|named|know|knew|doubt|doubts|question|уточн|сообщ|назва|раскры|коммент|сомн|знает|знали|удакладн|паведам|назва|каментав|сумн|ведае|уточн|повідом|назва|розкри|коментув|сумнів|знає)/;
/** Words a negation reaches across: auxiliaries, articles, quantifiers, intensifiers, and verbs of seeing or
 *  showing ("no video SHOWS a transfer", "did not SEE any movement"), which pass the denial on to the fact. */
const LIGHT = new Set([
  'show', 'shows', 'showed', 'shown', 'see', 'seen', 'saw', 'record', 'recorded', 'observe', 'observed', 'detect', 'detected',
  'noticed', 'spotted', 'found', 'observe', 'notice', 'spot', 'find',
  'показывает', 'показывают', 'показали', 'показал', 'видно', 'видят', 'видим', 'зафиксировано', 'фиксирует', 'фиксируют', 'наблюдается', 'наблюдают',
  'зафиксировали', 'зафиксировал', 'заметили', 'заметил', 'видели', 'увидели', 'наблюдали', 'обнаружили', 'обнаружено',
  'зафіксавалі', 'заўважылі', 'бачылі', 'убачылі', 'выявілі', 'зафіксували', 'помітили', 'бачили', 'побачили', 'виявили', 'виявлено',
  'паказвае', 'паказваюць', 'паказалі', 'бачна', 'бачаць', 'зафіксавана', 'фіксуюць', 'назіраецца',
  'показує', 'показують', 'показали', 'видно', 'бачать', 'бачимо', 'зафіксовано', 'фіксують', 'спостерігається',
  'a', 'an', 'the', 'any', 'single', 'large', 'major', 'significant', 'big', 'new', 'additional', 'extra', 'more', 'further',
  'such', 'been', 'being', 'be', 'have', 'has', 'had', 'yet', 'ever', 'even', 'actually', 'really', 'officially', 'was', 'were',
  'is', 'are', 'do', 'does', 'did', 'its', 'their', 'of',
  // emphatic pronouns and manner adverbs between the negation and the verb: "have not THEMSELVES taken part", "не САМИ"
  'themselves', 'itself', 'himself', 'herself', 'directly', 'openly', 'formally', 'сами', 'сам', 'сама', 'напрямую', 'открыто',
  'самі', 'наўпрост', 'адкрыта', 'напряму', 'відкрито',
  // collective nouns of a moving force: "no COLUMNS of tanks", "ни одной колонны танков"
  'column', 'columns', 'convoy', 'convoys', 'колонны', 'колонн', 'колонну', 'калоны', 'калон', 'калону', 'колони', 'колон', 'колону',
  'было', 'были', 'был', 'была', 'будет', 'будут', 'каких', 'либо', 'крупных', 'крупной', 'крупного', 'значительных', 'значительной',
  'новых', 'дополнительных', 'ещё', 'еще', 'даже', 'пока', 'официально', 'массовой', 'массовых', 'какой', 'одного', 'одной',
  'было', 'былі', 'быў', 'была', 'будзе', 'буйных', 'буйной', 'значных', 'значнай', 'новых', 'дадатковых', 'яшчэ', 'нават', 'пакуль', 'масавай', 'аднаго',
  'було', 'були', 'був', 'була', 'буде', 'будуть', 'великих', 'значних', 'значного', 'нових', 'додаткових', 'ще', 'навіть', 'поки', 'масового', 'жодного', 'одного',
]);

/** The token is part of a topic word (a country, troops, a place...): the negation may reach across it. */
function covered(s: Sentence, k: number): boolean {
  for (const h of s.hits) if (h.i <= k && h.j > k && h.group !== G.cue && h.group !== 'qual' && h.group !== 'unit') return true;
  return false;
}

const NOT_NEGATING = new Set(['only', 'merely', 'just', 'simply', 'least', 'только', 'лишь', 'просто', 'толькі', 'проста', 'лише', 'тільки', 'лиш']);

const NEGATORS = new Set(['not', 'never', "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't", 'few', 'nobody', 'не', 'ні', 'ни', 'никто', 'мало', 'ніхто', 'мала', 'мало']);

/** "did not deny", "не отрицает", "few dispute": a negated denial (or dispute) is none. */
export function negatedCue(s: Sentence, h: Hit): boolean {
  // "the channels contradict each other", "противоречат друг другу": sources disagree among themselves, no one is denied
  const next = s.tokens[h.j]?.n;
  if (next !== undefined && RECIPROCAL_FIRST.has(next) && RECIPROCAL.test(`${next} ${s.tokens[h.j + 1]?.n ?? ''}`)) return true;
  // "could not confirm or deny", "подтвердить или опровергнуть нельзя": a denial paired with a confirmation is neither
  if (h.i >= 2 && EITHER_OR.has(s.tokens[h.i - 1]!.n) && CONFIRM.test(s.tokens[h.i - 2]!.n)) return true;
  // negative concord: "не привели НИКАКИХ доказательств", "не навели ЖОДНИХ доказів" deny once, not twice
  if (CONCORD.test(s.tokens[h.i]!.n)) return false;
  for (let k = Math.max(0, h.i - 2); k < h.i; k++) if (NEGATORS.has(s.tokens[k]!.n)) return true;
  // "found NO contradiction", "НИКАКИХ противоречий": a quantifier of none before the cue's noun
  if (h.i > 0 && NONE_OF.has(s.tokens[h.i - 1]!.n)) return true;
  return foundNone(s, h);
}

/** A quantifier of none before a noun: "no contradictions", "никаких противоречий", "жодних суперечностей". */
const NONE_OF = new Set(['no', 'никаких', 'никакого', 'никакой', 'ніякіх', 'ніякага', 'ніякай', 'жодних', 'жодного', 'жодної']);
/** Verbs of finding or seeing, negated after their object: "противоречий ... НЕ НАШЛИ", "ознак ... НЕ ВИЯВИЛИ". */
const FOUND = /^(found|find|finds|seen|see|saw|detected|нашл|нашел|найден|найти|обнаруж|выявил|выявлен|видим|видят|видит|увидел|заметил|знайшл|знайшов|знайден|знайти|виявил|виявлен|бачимо|бачать|бачить|побачил|помітил|знайшоў|знойдзен|знайсці|выявіл|бачым|бачаць|бачыць|убачыл|заўважыл)/;
/** Words that open a clause embedded in the cue's own ("противоречий с тем, ЧТО видно ..., не нашли"). */
const EMBEDDED = new Set(['что', 'который', 'которые', 'которых', 'где', 'што', 'які', 'якія', 'дзе', 'що', 'який', 'які', 'де', 'that', 'which', 'where']);

/**
 * Slavic word order puts the negated verb last: "противоречий с тем, что видно, они НЕ НАШЛИ", "фейков НЕТ".
 * A negation of finding (or of being) later in the cue's own clause takes the cue back; a clause set off by
 * commas and opened by "что"/"which" is skipped, any other comma or a stronger stop ends the search.
 */
function foundNone(s: Sentence, h: Hit): boolean {
  let embedded = false;
  for (let k = h.j; k < Math.min(s.tokens.length, h.j + 12); k++) {
    const gap = s.text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s);
    if (/[.;:!?()—–]/.test(gap)) return false;
    if (gap.includes(',')) {
      if (embedded) embedded = false;
      else if (EMBEDDED.has(s.tokens[k]!.n)) embedded = true;
      else return false;
    }
    if (embedded) continue;
    const w = s.tokens[k]!.n;
    if (ABSENT_WORD.has(w)) return true;
    if (NEGATORS.has(w) && FOUND.test(s.tokens[k + 1]?.n ?? '')) return true;
  }
  return false;
}

const ABSENT_WORD = new Set(['нет', 'немає', 'нема', 'няма']);

const EITHER_OR = new Set(['or', 'nor', 'или', 'либо', 'ни', 'ці', 'або', 'альбо', 'чи', 'ні']);
/** Verbs of confirming: "confirm or deny", "подтвердить или опровергнуть", "пацвердзіць ці абвергнуць", "підтвердити чи спростувати". */
const CONFIRM = /^(confirm|confirmed|confirming|verify|verified|prove|proved|подтверд|подтвержд|доказать|пацвердз|пацвярдж|даказаць|підтверд|підтвердж|довести)/;

/** After a denial or dispute: "each other", "one another", "друг другу", "адзін аднаму", "один одному". */
const RECIPROCAL_FIRST = new Set(['each', 'one', 'друг', 'адзін', 'один', 'одна']);
const RECIPROCAL = /^(each other|one another|друг друг\S*|адзін аднам\S*|адзін аднаго|один одном\S*|один одного|одна одн\S*)$/;

/** Words of negative concord that open a cue ("никаких доказательств", "ніякіх доказаў", "жодних доказів", "no sign"). */
const CONCORD = /^(никак|ни|нет|ніяк|ні|няма|жодн|немає|нема|no|without|без|бяз)/;

const NEGATING_CUES = cueMask(['negation', 'absent', 'denial']);

/** A negation cue within three words before one of the condition's words, or a denial cue anywhere. */
export function negatedNear(s: Sentence, cond: Cond | null): Hit | null {
  // (most sentences hold none of these cues: one test of the cue bits, before any array or closure is made)
  if ((s.cueBits & NEGATING_CUES) === 0) return null;
  const negs = s.hits.filter((h) => h.group === G.cue && (h.key === 'negation' || h.key === 'absent' || (h.key === 'denial' && !negatedCue(s, h))));
  if (negs.length === 0) return null;
  const denial = negs.find((h) => h.key === 'denial');
  if (denial) return denial;
  const targets = s.hits.filter((h) => cond?.includes(h.key) && h.group !== G.cue);
  // "ударних угруповань немає": existence denied after the noun
  for (const a of s.hits) {
    if (a.group !== G.cue || a.key !== 'absent') continue;
    if (targets.some((t) => t.group !== 'person' && t.group !== 'country' && t.j <= a.i && a.i - t.j <= 5)) return a;
  }
  const verbFinal = negatedAfter(s, negs, targets);
  if (verbFinal) return verbFinal;
  for (const n of negs) {
    // "not only", "not merely": no negation of what follows; "did not say", "no doubt": it negates the saying
    const next = s.tokens[n.j]?.n ?? '';
    if (NOT_NEGATING.has(next) || SCOPE_VERB.test(next)) continue;
    for (const t of targets) {
      if (t.group === 'person' || t.group === 'country') continue;
      if (t.i < n.j || t.i - n.j > 5) continue;
      if (/[,;:()—–]/.test(s.text.slice(s.tokens[n.i]!.e, s.tokens[t.i]!.s))) continue;
      // The negation reaches the fact only across light words or other topic words: a new clause ("no doubt
      // THAT troops moved") or a verb of its own ("have not STOPPED moving", "не ПОКИДАЛИ") ends its reach.
      let open = true;
      for (let k = n.j; k < t.i && open; k++) {
        const w = s.tokens[k]!.n;
        if (CLAUSE_START.has(w)) open = false;
        else if (!LIGHT.has(w) && !covered(s, k)) open = false;
      }
      if (open) return n;
    }
  }
  return negatedEvidence(s, negs, targets);
}

/**
 * Verbs that deny a fact when negated after it: being, posing or bearing ("угрозы не представляет", "загрози не
 * несе / не становить", "пагрозы не ўяўляе"), and seeing or recording ("переброски не зафиксировано", "танков там
 * не видели"). Other verbs negated after a fact deny something else ("войска границу не покидали").
 */
const FACT_VERB =
  /^(представля\S*|являет\S*|несет|несут|нес|несла|несли|составля\S*|создает|создают|было|были|был|была|есть|уяўля\S*|нясе|нясуць|стварае|ствараюць|становить|становлять|становило|несе|несуть|несло|створює|створюють|зафиксирова\S*|фиксиру\S*|наблюда\S*|видел\S*|видн[оы]|видят|видим|замечен\S*|заметил\S*|обнаруж\S*|выявл\S*|выявил\S*|зафіксава\S*|фіксу\S*|назіра\S*|бачыл\S*|бачн[аы]|бачаць|заўважа\S*|заўважыл\S*|выяўлен\S*|зафіксова\S*|зафіксува\S*|фіксу\S*|спостеріга\S*|бачил\S*|видно|бачать|помічен\S*|помітил\S*|виявлен\S*|виявил\S*)$/;

/**
 * Slavic word order puts the negated verb after its object or subject: "загрози для України це угруповання НЕ
 * НЕСЕ", "массовой переброски НЕ ЗАФИКСИРОВАНО". A "не" with a verb of being, posing or seeing within six words
 * after one of the condition's words, in the same clause, negates that fact.
 */
function negatedAfter(s: Sentence, negs: Hit[], targets: Hit[]): Hit | null {
  for (const n of negs) {
    if (n.key !== 'negation' || !FACT_VERB.test(s.tokens[n.j]?.n ?? '')) continue;
    // "противоречий ... аналитики НЕ ОБНАРУЖИЛИ": the negation takes back a denial noun before it, not the fact
    if (takesBackDenial(s, n)) continue;
    for (const t of targets) {
      if (t.group === 'person' || t.group === 'country' || t.j > n.i || n.i - t.j > 6) continue;
      if (/[,;:()—–]/.test(s.text.slice(s.tokens[t.j - 1]!.e, s.tokens[n.i]!.s))) continue;
      let open = true;
      for (let k = t.j; k < n.i && open; k++) if (CLAUSE_START.has(s.tokens[k]!.n)) open = false;
      if (open) return n;
    }
  }
  return null;
}

/** Words that join another clause: a negation after them is that clause's ("..., а переброски техники не видели"). */
const JOINER = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'и', 'а', 'но', 'хотя', 'хоть', 'однако', 'что', 'і', 'але', 'хаця', 'аднак', 'што', 'та', 'й', 'проте', 'хоча', 'однак', 'що']);

/**
 * The sentence ends by denying what stands from token `from` on: "Признаков сосредоточения, сопоставимого с
 * пятнадцатью тысячами, на снимках НЕТ", "ознак переміщення ... НЕ ЗАФІКСОВАНО". Commas may set off a phrase
 * between; a word that joins another clause, or a stronger stop, ends the reach.
 */
export function deniedAtEnd(s: Sentence, from: number): boolean {
  const t = s.tokens;
  const last = t.length - 1;
  if (last < from) return false;
  const w = t[last]!.n;
  let neg: number;
  if (ABSENT_WORD.has(w)) neg = last;
  else if (last >= 1 && NEGATORS.has(t[last - 1]!.n) && FACT_VERB.test(w)) neg = last - 1;
  else return false;
  if (neg < from) return false;
  for (let k = from; k < neg; k++) if (JOINER.has(t[k]!.n) || /[;:()—–]/.test(s.text.slice(t[k]!.e, t[k + 1]!.s))) return false;
  return true;
}

/** A denial or dispute cue before the negation is itself negated (by it, in Slavic verb-final order). */
function takesBackDenial(s: Sentence, n: Hit): boolean {
  for (const h of s.hits) if (h.group === G.cue && (h.key === 'denial' || h.key === 'dispute') && h.j <= n.i && negatedCue(s, h)) return true;
  return false;
}

/** Nouns of proof whose "that"-clause a negation before them denies: "nobody has shown any EVIDENCE that ...". */
const EVIDENCE = /^(evidence|proof|sign|signs|indication|indications|доказательств|доказательства|признаков|данных|доказаў|доказу|прыкмет|звестак|доказів|доказу|ознак|даних)$/;
const EVIDENCE_THAT = new Set(['that', 'of', 'что', 'того', 'о', 'об', 'што', 'таго', 'пра', 'аб', 'що', 'того', 'про']);

/** "Nobody has presented any evidence that Kyiv intends to invade": the negation reaches the clause of its proof noun. */
function negatedEvidence(s: Sentence, negs: Hit[], targets: Hit[]): Hit | null {
  for (const n of negs) {
    if (n.key !== 'negation') continue;
    // ("nobody has shown THE SLIGHTEST evidence": room for an intensifier between the verb and the noun)
    for (let e = n.j; e < Math.min(s.tokens.length - 1, n.j + 6); e++) {
      if (!EVIDENCE.test(s.tokens[e]!.n) || !EVIDENCE_THAT.has(s.tokens[e + 1]!.n)) continue;
      if (/[,;:()—–]/.test(s.text.slice(s.tokens[n.i]!.e, s.tokens[e]!.s))) break;
      let open = true;
      for (const t of targets) if (t.group !== 'person' && t.group !== 'country' && (t.i <= e || t.i - e > 10)) open = false;
      if (open && targets.length) return n;
      break;
    }
  }
  return null;
}

/** After a negation, words that compare rather than deny: "nothing APPROACHING a mass movement", "ничего ПОХОЖЕГО на". */
const APPROX_AFTER_NEG = /^(approaching|resembling|like|close|near|comparable|похожего|подобного|близкого|напоминающего|сравнимого|падобнага|блізкага|параўнальнага|падобнае|схожого|подібного|близького|порівнянного|схожага)$/;

/** "nothing approaching a mass movement": the fact is set below what the words say, neither stated nor denied. */
export function approxNegated(s: Sentence, cond: Cond): boolean {
  if (!s.cues.has('negation')) return false;
  for (const n of s.hits) {
    if (n.group !== G.cue || n.key !== 'negation') continue;
    const w = s.tokens[n.j]?.n ?? '';
    if (!APPROX_AFTER_NEG.test(w)) continue;
    if (s.hits.some((t) => cond.includes(t.key) && t.group !== G.cue && t.i > n.j && t.i - n.j <= 5)) return true;
  }
  return false;
}
