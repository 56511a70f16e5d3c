"""Whether a count of crimes is attributed to known offenders: solved, not registered.

«на счету которых 236 преступлений», «задержаны … по 20 эпизодам», «подозревается в совершении
12 мошенничеств», «установлены лица,
совершившие 120 преступлений»; in the story of one arrest, the cases opened «по этим фактам».
The words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re

from . import cues
from .arrest_story import arrest_story
from .context import NumberContext, before_particles, neighbours
from .lemmas import Word
from .matchers import OFFENDER_NOUNS, SUSPECTS, CueSet, first_cue, person_noun
from .unrealised import negated

ATTRIBUTING = CueSet(cues.ATTRIBUTING)
KAZAKH_CHARGED = CueSet(cues.KAZAKH_CHARGED)
ACCOMPLICES = CueSet(cues.ACCOMPLICE_NOUNS)


def attributed_to_offenders(ctx: NumberContext) -> list[str]:
    """Words that attribute a count of crimes to known offenders: solved, not registered.

    «на счету которых 236 преступлений» (on their account), «установлены лица по 145
    преступлениям», «задержаны … по 20 эпизодам» (persons identified or detained for them),
    «установлены лица, совершившие 120 преступлений», cases opened «по этим фактам» in the
    story of one arrest (:func:`cases_of_the_arrest`).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("на счету которых 236 преступлений")
    >>> attributed_to_offenders(NumberContext("236", 17, 20, 236, None, False, before=ws[:3],
    ...                                       after=ws[3:], sentence=ws))
    ['на', 'счету']
    """
    before = ctx.before[-5:]
    # «установили причастность данных лиц к совершению не менее 20 преступлений»: the bound
    # words before the number aside
    laid = first_cue(ATTRIBUTING, before_particles(ctx.before)[-5:])
    laid = laid or first_cue(KAZAKH_CHARGED, ctx.after[:4])
    laid = laid or _against_offenders(before) or _done_by_a_known_group(before)
    laid = laid or _opens_against_offenders(ctx) or _against_them(ctx)
    laid = laid or _kazakh_episodes_of_one_case(ctx) or _episodes_of_one_case(ctx)
    laid = laid or _episodes_of_the_arrested(ctx)
    if laid:
        return laid  # «причастность задержанного к 5 эпизодам», «ему вменяется 134 эпизода»
    on_account = _on_their_account(before)
    if on_account:
        return on_account
    _, prev = neighbours(ctx)
    if prev is not None and prev.lemma == "по":
        suspects = first_cue(SUSPECTS, before[:-1])
        if suspects and any(person_noun(w) for w in before[:-1]):
            return suspects
    suspects, unknown = _their_doers(ctx)
    if suspects and not unknown:
        return suspects
    return cases_of_the_arrest(ctx)


#: Pronouns between «на» and «счету»: «на их счету», «на его счету», «на своём счету».
_OWNERS = frozenset(("их", "его", "её", "ее", "свой", "этот"))


def _on_their_account(words: list[Word]) -> list[str]:
    """«на счету которых 236 преступлений», «На их счету, согласно документам, 68 эпизодов»:
    crimes on known doers' account (not money on a bank account: only pronouns may stand
    between «на» and «счету»)."""
    for k, w in enumerate(words[:-1]):
        if w.lemma != "на":
            continue
        owner = (
            words[k + 1]
            if words[k + 1].text.lower() in _OWNERS or words[k + 1].lemma in _OWNERS
            else None
        )
        said = [w] + ([owner] if owner is not None else [])
        account = words[k + len(said)] if k + len(said) < len(words) else None
        if account is not None and account.text.lower() in ("счету", "счёту"):
            return [x.text for x in said] + [account.text]
    return []


def _against_offenders(words: list[Word]) -> list[str]:
    """«в отношении дропперов возбуждено 300 дел», «против мошенников заведено 45 дел», Kazakh
    «дропперлерге қатысты 300 іс қозғалды»: cases against known offenders or their helpers."""
    for k, w in enumerate(words):
        low = w.text.lower()
        if low == "қатысты" and k > 0 and _offender(words[k - 1]):
            return [words[k - 1].text, w.text]
        opens = (w.lemma == "отношение" and k > 0 and words[k - 1].text.lower() == "в") or (
            low == "против"
        )
        named = next((x for x in words[k + 1 : k + 3] if _offender(x)), None) if opens else None
        if named is not None:
            return [w.text, named.text]
    return []


#: Groups of offenders named as the doers of their crimes («организованной группой», «ОПГ»).
_GROUPS = ("группа", "банда", "сообщество", "опг")


def _done_by_a_known_group(words: list[Word]) -> list[str]:
    """«о совершении организованной группой 29 преступлений», «совершение ими 12 мошенничеств»:
    the crimes of a group told as its deeds, laid at its door; a group's count of crimes said
    with the verb («группа совершила 31 мошенничество») as well."""
    for k, w in enumerate(words):
        if not w.text.lower().startswith("соверш"):
            continue
        doer = next((x for x in words[k + 1 :] if _a_group(x)), None)
        doer = doer or next((x for x in words[max(k - 2, 0) : k] if _a_group(x)), None)
        if doer is not None and (doer.start > w.start or w.pos == "VERB"):
            return [w.text, doer.text]
    return []


def _a_group(word: Word) -> bool:
    return word.lemma in _GROUPS or word.text.lower() == "ими"  # «совершение ими»


#: Pronouns of persons just named, after which «қатысты» or before which «в отношении» points.
_THEM = ("оларға", "оған", "них", "него", "нее", "неё")
#: The pronouns of one person among them.
_ONE_OF_THEM = ("оған", "него", "нее", "неё")


def _against_them(ctx: NumberContext) -> list[str]:
    """«12 дропперді анықтап, оларға қатысты 9 қылмыстық іс тіркеді», «задержали 12 дропперов, в
    отношении них возбуждено 9 дел»: cases against offenders its sentence named before."""
    before = ctx.before[-5:]
    for k, w in enumerate(before[:-1]):
        nxt = before[k + 1].text.lower()
        points = (w.text.lower() in _THEM and nxt == "қатысты") or (
            w.lemma == "отношение" and nxt in _THEM
        )
        if points:
            told = [x for x in ctx.sentence if x.end <= w.start]
            named = next((x for x in reversed(told) if _offender(x)), None)
            if named is not None:
                return [named.text, w.text, before[k + 1].text]
            # «В отношении него возбуждено 8 уголовных дел»: cases opened against one person
            # told before, the suspect (not «в отношении неё совершено», crimes against her)
            opened = next((x for x in before[k + 2 :] if x.lemma in _OPENING), None)
            if nxt in _ONE_OF_THEM and opened is not None:
                return [w.text, before[k + 1].text, opened.text]
    return []


#: Kazakh words that point at a case already told («аталған іс бойынша»: within the said case).
_THAT_CASE = ("аталған", "осы", "бұл", "сол")


def _kazakh_episodes_of_one_case(ctx: NumberContext) -> list[str]:
    """«Осылайша, аталған іс бойынша 40 эпизод тіркелді»: the episodes of one criminal case the
    text told of, laid at its suspect's door."""
    noun = ctx.after[0] if ctx.after else None
    if noun is None or not noun.text.lower().startswith(("эпизод", "епизод")):
        return []
    before = ctx.before[-4:]
    for k in range(len(before) - 2):
        that, case, by = before[k : k + 3]
        if (
            that.text.lower() in _THAT_CASE
            and case.text.lower() == "іс"
            and by.text.lower() == "бойынша"
        ):
            return [that.text, case.text, by.text]
    return []


#: Verbs by which one criminal case holds its episodes («дело, включающее 35 эпизодов»).
_HOLDING = ("включать", "включить", "объединять", "объединить", "содержать", "насчитывать")
#: Verbs by which an investigation establishes a case's episodes («установлено девять эпизодов»).
_ESTABLISHING = ("установить", "установленный", "выявить", "доказать", "задокументировать")


def _episodes_of_one_case(ctx: NumberContext) -> list[str]:
    """«Уголовное дело, включающее 35 эпизодов, направлено в суд», «В рамках уголовного дела
    следствием уже установлено девять эпизодов»: the episodes one criminal case holds or its
    investigation established, laid at its suspect's door."""
    noun = ctx.after[0] if ctx.after else None
    if noun is None or noun.lemma != "эпизод":
        return []
    holding = next((w for w in ctx.before[-3:] if w.lemma in _HOLDING + _ESTABLISHING), None)
    told = ctx.sentence_before[-8:]
    case = next((w for w in told if w.lemma == "дело" and not w.plural), None)
    return [case.text, holding.text] if holding is not None and case is not None else []


def _episodes_of_the_arrested(ctx: NumberContext) -> list[str]:
    """«Алты адамнан тұратын топ ұсталды. … 48 эпизод анықталды», «Задержаны четверо … Установлено
    58 эпизодов»: episodes in the story of an arrest are the group's, solved."""
    noun = ctx.after[0] if ctx.after else None
    if noun is None or not noun.text.lower().startswith(("эпизод", "епизод")):
        return []
    arrest = arrest_story(ctx)
    return [noun.text, *arrest[:1]] if arrest else []


def _opens_against_offenders(ctx: NumberContext) -> list[str]:
    """«На дропперов, предоставляющих сим-карты мошенникам, с декабря … возбудили 62 уголовных
    дела»: a sentence that opens with the offenders the cases opened right before the count are
    against."""
    opening, near = ctx.sentence[:2], ctx.before[-3:]
    if len(opening) < 2 or opening[0].text.lower() != "на" or not _offender(opening[1]):
        return []
    opened = next((w for w in near if w.lemma in _OPENING), None)
    return [opening[0].text, opening[1].text, opened.text] if opened is not None else []


def _offender(word: Word) -> bool:
    return OFFENDER_NOUNS.matches_word(word) or ACCOMPLICES.matches_word(word)


def offenders_unknown(ctx: NumberContext) -> list[str]:
    """Words that say the doers of a count of crimes are not known: unsolved, not registered.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Лица, совершившие 37 преступлений, пока не установлены")
    >>> offenders_unknown(NumberContext("37", 18, 20, 37, None, False, before=ws[:2],
    ...                                 after=ws[2:], sentence=ws))
    ['установлены']
    """
    suspects, unknown = _their_doers(ctx)
    return suspects if unknown else []


def _their_doers(ctx: NumberContext) -> tuple[list[str], bool]:
    """«лица, совершившие N преступлений, установлены / не установлены», «по N делам лица, их
    совершившие, не установлены»: the words that say the persons are identified or detained,
    and whether the sentence denies it."""
    _, prev = neighbours(ctx)
    if prev is not None and _did_them(prev):
        # «установлены лица, совершившие 120 преступлений», «мошенники, совершившие 37
        # преступлений, задержаны»: persons known to have done them
        participle, persons = prev, [w for w in ctx.sentence if w.end <= prev.start][-2:]
    elif prev is not None and prev.lemma == "по":
        after = ctx.sentence_after[:_DOERS_REACH]
        participle = next((w for w in after if _did_them(w)), None)
        if participle is None:
            return [], False
        persons = after[: after.index(participle)]
    else:
        return [], False
    suspects = first_cue(SUSPECTS, [w for w in ctx.sentence if w.start != participle.start])
    known = any(person_noun(w) or OFFENDER_NOUNS.matches_word(w) for w in persons)
    if not (suspects and known):
        return [], False
    return suspects, negated(_predicate(ctx.sentence, participle), SUSPECTS)  # «не установлены»


def _predicate(sentence: list[Word], participle: Word) -> list[Word]:
    """The words after a participle's phrase (past the comma or the number that ends it), where
    the predicate says whether the persons are known («лица, подлежащие привлечению к
    ответственности, не установлены»); the whole sentence when none of its words is a cue."""
    after = [w for w in sentence if w.start > participle.start]
    ends = [k for k in range(1, len(after)) if after[k].start - after[k - 1].end > 1]
    rest = after[ends[0] :] if ends else []
    return rest if first_cue(SUSPECTS, rest) else sentence


#: How many words after «по N делам» may hold the persons and their «совершившие».
_DOERS_REACH = 7


def _did_them(word: Word) -> bool:
    """Whether a word is the participle «совершившие», «совершавшие» (that did them) or
    «подлежащие» (to be charged: «лица, подлежащие привлечению к ответственности»)."""
    return word.text.lower().startswith(("совершивш", "совершавш", "подлежащ"))


#: «По этим фактам», «по данным эпизодам»: cases opened on what the text just told.
POINTED_FACTS_RE = re.compile(
    r"\bпо\s+(?:этим|данным|указанным|этому|данному)\s+(?:факт|эпизод)\w*", re.I
)


def cases_of_the_arrest(ctx: NumberContext) -> list[str]:
    """The words of «По этим фактам … открыто 44 уголовных дела», or of any count of criminal
    cases opened («Уже возбуждено пять уголовных дел»), in a text that tells of one arrest: the
    cases of the group arrested, not the region's registered crimes; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ctx = NumberContext("44", 42, 44, 44, None, False, arrest_text=words("задержаны"),
    ...                     before=words("По этим фактам в регионах России открыто"))
    >>> cases_of_the_arrest(ctx)
    ['По этим фактам']
    """
    if not ctx.arrest_text:
        return []
    found = POINTED_FACTS_RE.search(" ".join(w.text for w in ctx.before))
    return [found.group(0)] if found else _criminal_cases_opened(ctx)


#: Lemmas of opening a criminal case («возбуждено пять уголовных дел», «возбужденных пяти
#: дел», Kazakh «5 қылмыстық іс қозғалды»).
_OPENING = ("возбудить", "возбуждать", "возбуждённый", "возбужденный", "завести", "открыть")


def _criminal_cases_opened(ctx: NumberContext) -> list[str]:
    """The words of criminal cases opened, counted right after a verb of opening or before
    one: «Уже возбуждено пять уголовных дел», «от уже возбужденных пяти уголовных дел»,
    «5 қылмыстық іс қозғалды»; else ``[]``."""
    near = ctx.before[-3:] + ctx.after[:4]
    opened = next(
        (w for w in near if w.lemma in _OPENING or w.text.lower().startswith("қозғал")), None
    )
    case = next((w for w in ctx.after[:3] if w.lemma == "дело" or w.text.lower() == "іс"), None)
    return [opened.text, case.text] if opened is not None and case is not None else []
