/**
 * Language cues the engine reads in every article, in en/ru/be/uk. A trailing `*` marks a stem.
 * Groups: negation, denial (a report is disputed), hedge (uncertain), report (attribution), contrast,
 * small (a minor amount), question words. Topic words (troops, border...) live in the gazetteer instead.
 */
export const CUE_WORDS: Record<string, string[]> = {
  negation: [
    'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', "isn't", "wasn't", "weren't",
    "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "couldn't", "aren't", 'cannot', "can't",
    'не', 'нет', 'ни', 'никак*', 'никто', 'ничего', 'ничем', 'без', 'нигде',
    'няма', 'ні', 'ніяк*', 'ніхто', 'нічога', 'нідзе',
    'немає', 'нема', 'жодн*', 'ніхто', 'нічого', 'ніде',
  ],
  denial: [
    'deny', 'denies', 'denied', 'denial*', 'not true', 'untrue', 'false*', 'fake*', 'fabricat*', 'debunk*', 'refut*',
    'dismiss*', 'no evidence', 'without evidence', 'without providing evidence', 'offered no evidence', 'provided no evidence', 'gave no evidence', 'no sign', 'no signs', 'no indication*', 'never happened', 'did not happen',
    "didn't happen", 'disinformation', 'misinformation', 'hoax*', 'satir*', 'baseless', 'groundless', 'bogus', 'myth', 'no basis', 'no grounds', 'not borne out', 'not supported by', 'misleading', 'exaggerat*', 'overstat*', 'inflat*',
    'casts doubt', 'cast doubt', 'not been confirmed', 'not confirmed', 'unconfirmed', 'not been verified', 'contrary to', 'rejected', 'rebut*', 'contradict*', 'at odds with', 'old footage',
    'опроверг*', 'опровер*', 'отрица*', 'не соответству* действительност*', 'неправд*', 'фейк*', 'ложн*', 'безосновательн*', 'миф', 'не имеет оснований', 'беспочвенн*', 'беспадстаўн*', 'безпідставн*',
    'нет доказательств', 'нет никаких доказательств', 'никаких доказательств', 'без доказательств', 'без каких-либо доказательств', 'нет признаков', 'не подтвержда*', 'не подтвердил*',
    'преувелич*', 'дезинформац*', 'вымысел', 'выдумк*', 'не было', 'ставит под сомнение', 'противореч*',
    'абверг*', 'адмаўл*', 'не адпавяда* рэчаіснасці', 'няпраўд*', 'фэйк*', 'хлус*', 'няма доказ*', 'няма прыкмет',
    'не пацвярдж*', 'не пацвердзіл*', 'ніякіх доказаў', 'бяз доказаў', 'перабольш*', 'дэзінфармац*', 'выдумк*', 'не было', 'супярэчыць', 'супярэчаць', 'супярэчнасц*',
    'спросту*', 'спростов*', 'заперечу*', 'заперечи*', 'заперечен*', 'не відповіда* дійсності', 'неправд*', 'брехн*',
    'немає доказ*', 'немає жодних доказ*', 'жодних доказ*', 'без доказ*', 'немає ознак', 'не підтверджу*', 'не підтвердил*', 'перебільш*',
    'дезінформац*', 'вигадк*', 'не було', 'суперечить', 'суперечать', 'суперечност*', 'суперечніст*',
  ],
  /** disagreement with someone's assessment: "disagree with assessments that ...", "не согласен с этой оценкой" */
  dispute: [
    // (the speaker's own "I disagree" is a rebuttal; a bare "disagree" of others is a hedge: "analysts disagree")
    'i disagree', 'we disagree', 'i strongly disagree', 'we strongly disagree', 'i respectfully disagree',
    'disagree with', 'disagrees', 'disagrees with', 'disagreed with', 'dispute*', 'challenge the', 'challenges the', 'challenged the',
    'takes issue with', 'took issue with', 'reject the', 'rejects the', 'push back against', 'pushed back against',
    'не согласен', 'не согласна', 'не согласны', 'не согласились', 'не соглашается', 'не соглашаются', 'оспарива*', 'оспори*', 'отверга*', 'отвергли', 'отверг',
    'не згодны', 'не згодная', 'не згодныя', 'не пагаджа*', 'не пагадзі*', 'аспрэчв*', 'аспрэчы*', 'адпрэчв*', 'адкідае', 'адкідаюць',
    'не згоден', 'не згодна', 'не згодні', 'не погоджу*', 'не погодил*', 'не погодився', 'оскаржу*', 'відкида*', 'відкинув', 'відкинули',
  ],
  /** verbs that weaken what they govern, without denying it outright: "complicates the claim that", "the officer disagreed" */
  undercut: [
    'complicat*', 'undermin*', 'undercut*', 'weaken*', 'disagreed', 'pokes holes', 'poked holes', 'question the', 'questions the', 'questioning the', 'questioned the', 'questioned a', 'questioned an',
    'подрыва*', 'подорва*', 'усложня*', 'ставят под сомнение', 'поставил под сомнение', 'возразил*',
    'падрыва*', 'ускладня*', 'ставіць пад сумнеў', 'запярэчы*', 'адкінуў', 'адкінула', 'адкінулі',
    'підрива*', 'ускладню*', 'ставить під сумнів', 'поставив під сумнів',
  ],
  /** the true state set against a report: "the real number", "фактически" */
  actual: [
    'in truth', 'in reality', 'in fact', 'actually', 'the true', 'the real', 'the actual', 'real number', 'true number', 'true figure', 'real figure',
    'на самом деле', 'в действительности', 'фактически', 'в реальности', 'реально', 'реальн* цифр*', 'реальн* числ*', 'реальн* численност*',
    'насамрэч', 'фактычна', 'рэальна', 'рэальн* лічб*', 'насправді', 'фактично', 'реально', 'в дійсності', 'справжн* цифр*', 'реальн* кількіст*',
  ],
  /** a short verdict on what was just reported ("That is not correct", "это не так"): read only as a rebuttal */
  rebut: [
    'not correct', 'incorrect', 'wrong', 'mistaken', 'ошибаются', 'ошибается', 'памыляюцца', 'памыляецца', 'помиляються', 'помиляється', 'not the case', 'is not so', 'untenable', 'does not hold', 'no such', 'nothing of the kind', 'nothing of the sort', 'bluff', 'bluffing', 'блеф*',
    // a speaker said to lie: "he is lying", "это ложь", "він бреше" (not a bare "lie(s)": "the town lies 50 km away")
    'is lying', 'are lying', 'was lying', 'were lying', 'a lie', 'an outright lie', 'a blatant lie', 'лжет', 'лгут', 'врет', 'врут', 'ложь', 'вранье',
    'бреше', 'брешуть',
    // a speaker correcting what was just said or asked: "Let me correct that", "Позвольте вас поправить"
    'let me correct', 'allow me to correct', 'i must correct', 'i have to correct', 'i need to correct', 'i want to correct', 'i would like to correct', "i'd like to correct",
    'позвольте поправить', 'позвольте вас поправить', 'я вас поправлю', 'дазвольце паправіць', 'дазвольце вас паправіць', 'я вас папраўлю',
    'дозвольте виправити', 'дозвольте вас виправити', 'дозвольте поправити', 'дозвольте вас поправити', 'я вас виправлю',
    'ничего подобного', 'ничего такого', 'никакого подобного', 'нічога падобнага', 'нічога такога', 'нічого подібного', 'нічого такого',
    // a verdict that what was said fails against the evidence, or mixes things up ("does not survive a look at", "confuses")
    'does not match the record', 'do not match the record', 'does not match the facts', 'do not match the facts', 'does not survive',
    'do not survive', 'did not survive', 'does not stand up', 'do not stand up', 'does not add up', "doesn't add up", 'does not bear out',
    'does not bear it out', 'do not bear it out', 'confuses', 'conflates', 'a fairy tale', 'fairy tales',
    'не выдерживает проверки', 'не соответствует фактам', 'путает', 'смешивает', 'сказка', 'сказки',
    'не вытрымлівае праверкі', 'не адпавядае фактам', 'блытае', 'казка', 'казкі',
    'не витримує перевірки', 'не відповідає фактам', 'плутає', 'казка', 'казки',
    'неверн*', 'неправильн*', 'ошибочн*', 'это не так', 'не выдерживает критики',
    'памылков*', 'няправільн*', 'няслушн*', 'гэта не так',
    'хибн*', 'помилков*', 'невірн*', 'неправильн*', 'це не так', 'не витримує критики',
  ],
  hedge: [
    'we are told', 'we were told', 'it is claimed', 'нам говорят', 'нам рассказывают', 'утверждается', 'нам кажуць', 'сцвярджаецца', 'нам кажуть', 'нам розповідають', 'стверджується',
    'unclear', 'unverified', 'could not be verified', 'could not verify', 'could not be independently verified',
    // what footage or a report is only said to show, and what the writer could not confirm
    'purport* to', 'said to show', 'said to depict', 'claimed to show', 'claiming to show',
    'could not confirm', 'cannot confirm', "can't confirm", 'could not independently confirm', 'could not be confirmed', 'could not be independently confirmed',
    'не удалось подтвердить', 'не удалось независимо подтвердить', 'не можем подтвердить', 'не ўдалося пацвердзіць', 'не можам пацвердзіць',
    'не вдалося підтвердити', 'не вдалося незалежно підтвердити', 'не можемо підтвердити',
    'not clear', 'whether', 'might', 'reportedly', 'allegedly', 'purportedly', 'supposedly', 'possibly', 'perhaps', 'remains to be seen',
    'divided', 'split over', 'disagree', 'disagree on', 'disagree about', 'disagree over', 'disagreement*', 'cannot agree', "can't agree", 'no consensus', 'debate*', 'speculat*', 'uncertain*', 'unknown', 'questioned', 'sceptic*', 'skeptic*', 'if true',
    'не могут сойтись', 'нет единого мнения', 'нет консенсуса', 'неясно', 'непонятно', 'не удалось проверить', 'не удалось независимо проверить', 'якобы', 'возможно', 'неизвестно',
    // (estimates or opinions that diverge; a bare "разошлись" is mostly videos that spread: "разошлись десятки видео")
    'оценки расходятся', 'оценки разошлись', 'мнения расходятся', 'мнения разошлись', 'расходятся во мнениях', 'разошлись во мнениях',
    'расходятся в оценках', 'разошлись в оценках', 'расходятся на порядок', 'расходятся в разы', 'разошлись в разы',
    'ацэнкі разыходзяцца', 'ацэнкі разышліся', 'меркаванні разыходзяцца', 'меркаванні разышліся', 'разыходзяцца ў ацэнках', 'разышліся ў ацэнках',
    'оцінки розходяться', 'оцінки розійшлися', 'думки розходяться', 'думки розійшлися', 'розходяться в оцінках', 'розійшлися в оцінках',
    'спорн*', 'сомнева*', 'под вопросом', 'предположительно', 'вероятно', 'ли',
    'незразумела', 'не ўдалося праверыць', 'нібыта', 'быццам', 'магчыма', 'невядома', 'спрэч*', 'сумнява*',
    'незрозуміло', 'не вдалося перевірити', 'нібито', 'начебто', 'можливо', 'невідомо', 'суперечлив*', 'сумнів*',
    // one account among several: "ещё одна версия — что ...", "за однією з версій", "one theory is that ..."
    'одна из версий', 'одной из версий', 'ещё одна версия', 'еще одна версия', 'другая версия', 'по другой версии', 'по одной версии', 'есть версия',
    'адна з версій', 'паводле адной з версій', 'яшчэ адна версія', 'іншая версія', 'паводле іншай версіі', 'ёсць версія',
    'одна з версій', 'за однією з версій', 'ще одна версія', 'інша версія', 'за іншою версією', 'за однією версією', 'є версія',
    'one theory', 'another theory', 'a competing theory', 'one version of events', 'another version of events',
  ],
  modal: [
    'could', 'would', 'may', 'might', 'likely to', 'threatens to', 'threatened to', 'if', 'plan to', 'plans to',
    'может', 'могут', 'мог бы', 'могли бы', 'может быть', 'если', 'вероятно', 'можа', 'могуць', 'мог бы', 'калі',
    'може', 'можуть', 'міг би', 'могли б', 'якщо',
  ],
  some: [
    'some', 'several', 'various', 'a number of', 'одни', 'одны', 'адны', 'одні', 'одних', 'одним', 'некоторые', 'некоторых', 'некаторыя', 'некаторых', 'деякі', 'деяких',
    'ряд', 'целый ряд', 'шэраг', 'низка', 'ряд',
  ],
  others: ['others', 'other observers', 'другие', 'другим', 'иные', 'іншыя', 'другія', 'інші', 'іншим'],
  report: [
    'said', 'says', 'say', 'told', 'stated', 'claimed', 'claims', 'claim', 'announced', 'according', 'wrote', 'reported',
    'warned', 'insisted', 'asserted', 'argued', 'boasted', 'alleged', 'write', 'writes', 'report', 'reports', 'suggest', 'suggests',
    'repeated', 'repeat', 'repeats', 'circulated', 'spread', 'повторяют', 'повторили', 'паўтараюць', 'паўтарылі', 'повторюють', 'повторили',
    'пишут', 'пишет', 'сообщают', 'пішуць', 'піша', 'паведамляюць', 'пишуть', 'пише', 'повідомляють',
    'заявил*', 'сказал*', 'сообщил*', 'по словам', 'по данным', 'утвержда*', 'написал*', 'предупредил*', 'объявил*',
    'заяви*', 'заявіў*', 'сказаў*', 'паведамі*', 'паводле', 'па словах', 'напісаў*', 'папярэдзіў*', 'сцвярджа*',
    'заявив*', 'сказав*', 'повідомив*', 'повідомил*', 'за словами', 'за даними', 'написав*', 'попередив*', 'стверджу*',
  ],
  contrast: [
    'but', 'however', 'yet', 'although', 'though', 'whereas', 'instead', 'in fact', 'in reality', 'actually',
    'но', 'однако', 'хотя', 'на самом деле', 'в действительности', 'зато',
    'але', 'аднак', 'хоць', 'насамрэч', 'у сапраўднасці',
    'проте', 'однак', 'хоча', 'насправді', 'в дійсності', 'натомість',
  ],
  /** "far below", "в разы меньше": the figure found is set far under the claimed one */
  farBelow: [
    'far below', 'well below', 'far less than', 'much less than', 'far short of', 'well short of', 'nowhere near', 'a fraction of',
    'far from', 'many times less', 'several times less', 'в разы меньше', 'в разы менее', 'намного меньше', 'значительно меньше',
    'гораздо меньше', 'далеко не', 'далеко от', 'далёка ад', 'у разы менш', 'значна менш', 'нашмат менш', 'значно менше',
    'набагато менше', 'в рази менше', 'у рази менше', 'далеко від', 'далеко не',
  ],
  /** confirming or proving, for "neither confirm nor refute" (stance/hedges.ts) */
  confirm: [
    'confirm*', 'verif*', 'prove', 'proved', 'proof', 'evidence',
    'подтверд*', 'подтвержд*', 'доказ*', 'пацвердз*', 'пацвярдж*', 'підтверд*', 'підтвердж*', 'довести',
  ],
  /** the opposite of what was named: "proof of the opposite", "доказательств обратного", "доказів протилежного" */
  opposite: ['opposite', 'contrary', 'обратно*', 'противоположн*', 'адваротна*', 'процілегл*', 'супрацьлегл*', 'протилежн*', 'зворотн*'],
  /** existence denied after the noun: "ударних угруповань немає", "войск там нет" */
  absent: ['нет', 'немає', 'нема', 'няма', 'отсутству*', 'адсутніча*', 'відсутн*', 'absent', 'nowhere to be seen'],
  only: [
    'only', 'just', 'merely', 'mere', 'лишь', 'только', 'всего', 'всего лишь', 'толькі', 'усяго', 'ўсяго', 'лише', 'тільки',
    'всього', 'усього', 'лиш',
  ],
  small: [
    'small', 'fraction', 'handful', 'token', 'symbolic', 'minor', 'limited', 'modest', 'few',
    // comparatives that set a force below what was said: "a far smaller deployment", "меньшая группировка"
    'smaller', 'меньшая', 'меньшую', 'меньший', 'меньшие', 'меньших', 'меншая', 'меншую', 'меншы', 'меншыя', 'меншых',
    'менша', 'меншу', 'менший', 'меншої', 'менші', 'менших',
    'незначительн*', 'небольш*', 'символическ*', 'горстк*', 'малая часть', 'малую часть', 'ограниченн*',
    'невялік*', 'нязначн*', 'сімвалічн*', 'абмежаван*', 'жменьк*',
    'незначн*', 'невелик*', 'символічн*', 'обмежен*', 'жменьк*', 'мала частина', 'малу частину',
  ],
  later: [
    'later', 'since then', 'subsequently', 'afterwards', 'now', 'позже', 'позднее', 'впоследствии', 'с тех пор', 'теперь',
    'пазней', 'з таго часу', 'цяпер', 'пізніше', 'згодом', 'відтоді', 'тепер',
  ],
};
