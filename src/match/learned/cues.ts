// Cue lexicons by kind, in en/ru/uk/be. Entries are word prefixes (so "deni" meets denied/denies/denial);
// the model learns one weight per kind, so words of any language count the same once listed.
export type CueKind = 'refute' | 'negation' | 'hedge' | 'support';

const PREFIXES: Record<CueKind, readonly string[]> = {
  refute: [
    'fake', 'fraud', 'hoax', 'false', 'deni', 'deny', 'debunk', 'bogus', 'prank', 'retract', 'untrue', 'misleading',
    'fabricat', 'satir', 'myth', 'baseless', 'refut', 'dismiss', 'reject', 'rubbish', 'nonsense', 'doctored',
    'photoshop', 'scam', 'spoof', 'parody', 'incorrect', 'wrong', 'lie', 'lies', 'lied', 'lying', 'disput', 'contradict', 'erroneous',
    'фейк', 'опровер', 'ложн', 'ложь', 'неправд', 'выдумк', 'вымыс', 'дезинформ', 'отрица', 'спростов', 'спростув',
    'брехн', 'вигадк', 'заперечу', 'абверг', 'няпраўд', 'хлусн', 'фэйк',
  ],
  negation: ['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', "n't", 'нет', 'не', 'ни', 'ніколи', 'ніхто', 'ня', 'ні'],
  hedge: [
    'reportedly', 'alleged', 'allegedly', 'claim', 'rumor', 'rumour', 'unconfirmed', 'unverified', 'apparent',
    'purported', 'supposed', 'may', 'might', 'could', 'possibl', 'perhaps', 'suggest', 'speculat', 'report',
    'accord', 'appear', 'seem', 'believ', 'suspect', 'likely',
    'якобы', 'вероятн', 'возможн', 'предполож', 'сообща', 'утвержда', 'слух', 'нібито', 'можлив',
    'ймовірн', 'чутк', 'нібыта', 'магчым',
  ],
  support: [
    'confirm', 'official', 'announc', 'reveal', 'verif', 'prove', 'indeed', 'true', 'actual', 'footage', 'photo',
    'video', 'evidence', 'statement', 'spokes',
    'подтверд', 'официальн', 'заяви', 'объяви', 'підтверд', 'офіційн', 'пацвердз', 'афіцыйн',
  ],
};

const NEGATION_WORDS = new Set(PREFIXES.negation);
const memo = new Map<string, readonly CueKind[]>();

// Prefixes of three letters or fewer ("lie", "may") must match whole words, or "lieutenant" would refute.
function matches(word: string, prefix: string): boolean {
  return prefix.length <= 3 ? word === prefix : word.startsWith(prefix);
}

function kindsOf(word: string): readonly CueKind[] {
  let kinds = memo.get(word);
  if (kinds) return kinds;
  const found: CueKind[] = [];
  if (NEGATION_WORDS.has(word) || word.endsWith("n't")) found.push('negation');
  for (const kind of ['refute', 'hedge', 'support'] as const) {
    if (PREFIXES[kind].some((p) => matches(word, p))) found.push(kind);
  }
  kinds = found;
  if (memo.size < 200_000) memo.set(word, kinds);
  return kinds;
}

export const CUE_KINDS: readonly CueKind[] = ['refute', 'negation', 'hedge', 'support'];

/** Counts of each cue kind in a list of lower-cased words. */
export function countCues(tokens: readonly string[]): Record<CueKind, number> {
  const counts: Record<CueKind, number> = { refute: 0, negation: 0, hedge: 0, support: 0 };
  for (const t of tokens) for (const k of kindsOf(t)) counts[k]++;
  return counts;
}
