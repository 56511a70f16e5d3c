"""Whether money is one arrested group's haul or a region's statistics.

An arrest story («задержана группа, которая обманула 120 жителей области на 45 млн») gives one
group's haul, a single case; a release of statistics («С начала года зарегистрировано 843
факта … задержаны 57 подозреваемых, ущерб 1,6 млрд») gives the region's damage, arrests and all.
:func:`arrest_story` reads the amount's sentence and the few before it;
:func:`text_tells_of_an_arrest` the whole text, once. The words are data in
:mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import cues
from .amounts import word_number
from .context import NumberContext
from .lemmas import Word, only_dative
from .matchers import (
    ARREST,
    ARREST_STORY,
    OFFENDER_NOUNS,
    STATISTICS,
    SUSPECTS,
    first_cue,
    person_noun,
)
from .period_text import names_statistics_period


def arrest_story(ctx: NumberContext) -> list[str]:
    """The arrest words when the amount's sentence, or the few before, or the whole text tell
    of an arrest and name no regional statistics, else ``[]``.

    «задержаны 57 подозреваемых» (a counted arrest word), a year or months before the amount
    («В 2025 году задержаны …, ущерб …») and words of statistics («зарегистрировано», «с начала
    года») make arrests statistics; a place («жителей области», «в Туркестанской области») does
    not.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Задержана группа, обманувшая жителей области на 45 млн тенге")
    >>> arrest_story(NumberContext("45 млн", 48, 54, 45_000_000, "KZT", True, sentence=ws))
    ['Задержана']
    >>> ws = words("С начала года задержаны подозреваемые, ущерб 1,6 млрд тенге")
    >>> arrest_story(NumberContext("1,6 млрд", 44, 52, 1_600_000_000, "KZT", True, sentence=ws))
    []
    """
    # not «жертвы передали курьерам»: whom money went to is no one arrested; nor «41 күдікті
    # ұсталды», «37 подозреваемых задержаны»: the verb after counted persons counts arrests
    told = _not_at_risk(ctx.story + ctx.sentence)
    near = [
        w
        for k, w in enumerate(told)
        if not (w.counted or only_dative(w.text) or _counted_arrest(told, k) or _dashed(told, k))
    ]
    arrest = first_cue(ARREST, near)
    told = _of_statistics(ctx.story + ctx.sentence)
    # a period before the amount is the doers' own when a pronoun tells of them: «Суд вынес
    # приговор … С марта 2024 по август 2025 года он … получил … 47,5 млн», «… ұстады. Алдын ала
    # деректер бойынша, олар үш айда 31 адамнан 96 млн теңгеден астам ақша алдап алған»
    doers = _doers_told(ctx) if arrest and ctx.statistics_period else []
    if arrest and not (first_cue(STATISTICS, told) or (ctx.statistics_period and not doers)):
        return arrest + doers
    return [w.text for w in ctx.arrest_text]  # «организатором схемы оказался …, задержаны …»


#: Pronouns of the doers of a story as a subject: Russian «он», «они», Kazakh «ол», «олар».
_DOERS_PRONOUNS = frozenset(("он", "они", "ол", "олар"))


def _doers_told(ctx: NumberContext) -> list[str]:
    """The pronoun of the doers in the amount's sentence before it, when its sentence names no
    words of statistics."""
    before = [w for w in ctx.sentence if w.end <= ctx.start]
    if first_cue(STATISTICS, before):
        return []
    return [w.text for w in before if w.text.lower() in _DOERS_PRONOUNS][:1]


def _dashed(words: list[Word], k: int) -> bool:
    """Whether a count and its dash stand right before ``words[k]``: «из них 19 – дропперы»
    counts arrests (a gap of more than a space and a dash before the word)."""
    return k > 0 and words[k].start - words[k - 1].end > 4


def _counted_arrest(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is the verb after counted persons («41 күдікті ұсталды», «37
    подозреваемых задержаны»): arrests counted, statistics; not a noun («21 участника ОПГ»).
    A Kazakh word has no part of speech here; an abbreviation is no verb."""
    word = words[k]
    verb = word.pos in _VERB_FORMS or (not word.pos and not word.text.isupper())
    # «Двое подозреваемых задержаны»: a few persons counted in words are one arrest's
    in_words = k > 1 and (
        words[k - 2].text.lower() in cues.COLLECTIVE or word_number(words[k - 2].text) is not None
    )
    return k > 0 and verb and _counted_persons(words[k - 1]) and not in_words


#: pymorphy3's verb forms: finite, short and full participles, gerunds.
_VERB_FORMS = frozenset(("VERB", "PRTS", "PRTF", "GRND"))


def _counted_persons(word: Word) -> bool:
    """Whether a word right after a number names persons («41 күдікті», «12 человек», «37
    подозреваемых», a participle used as a noun), not a month («26 февраля») or a thing."""
    return word.counted and (
        person_noun(word)
        or word.pos == "PRTF"
        or SUSPECTS.matches_word(word)
        or OFFENDER_NOUNS.matches_word(word)
    )


def text_tells_of_an_arrest(
    text: str, sentences: Iterable[tuple[tuple[int, int], list[Word]]]
) -> list[Word]:
    """The first arrest word of a text that tells of an arrest and names no statistics (no
    «зарегистрировано», «с начала года», no year or months of a statistic), else ``[]``.

    Such a text is one operation's story («организатором схемы оказался …, задержаны …»): its
    «общий ущерб» is one group's haul, not a region's damage. ``sentences`` yields each
    sentence's span and words; the reading stops at the first sentence of statistics (most
    releases name them first).

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> from fraud_research.text.lemmas import words
    >>> doc = Document("Ущерб составил 36 млн тенге. Задержан организатор.")
    >>> read = [(sent, words(doc.text, *sent)) for sent in doc.sentences]
    >>> [w.text for w in text_tells_of_an_arrest(doc.text, read)]
    ['Задержан']
    >>> doc = Document("С начала года ущерб составил 936 млн тенге. Задержан организатор.")
    >>> text_tells_of_an_arrest(doc.text, [(sent, words(doc.text, *sent)) for sent in doc.sentences])
    []
    """
    arrest: list[Word] = []
    for sent, ws in sentences:
        statistics = _of_statistics([w for k, w in enumerate(ws) if not _registered_to(ws, k)])
        if (
            STATISTICS.first(statistics)
            or names_statistics_period(text, *sent)
            or _days_counted(ws)
        ):
            return []
        found = ARREST_STORY.first(
            [
                w
                for k, w in enumerate(ws)
                if not (w.counted or seized(ws, k) or _counted_arrest(ws, k))
            ]
        ) or one_criminal_case(ws)
        if found is not None and not arrest:
            arrest = [found]
    return arrest


def _of_statistics(words: list[Word]) -> list[Word]:
    """``words`` without «в итоге» (in the end, as a story says: «В итоге общий ущерб составил
    …»), which is no result of a period («итоги года»)."""
    return [
        w
        for k, w in enumerate(words)
        if not (w.text.lower() == "итоге" and k > 0 and words[k - 1].text.lower() == "в")
    ]


def _registered_to(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` registers a thing to a person, no crime: «номера зарегистрированы на
    подставных лиц» (not «зарегистрировано на территории области», «на 12% больше»)."""
    if words[k].lemma != "зарегистрировать" or k + 2 >= len(words):
        return False
    to, whom = words[k + 1], words[k + 2]
    return to.lemma == "на" and not whom.counted and whom.lemma not in ("территория", "уровень")


def _not_at_risk(words: list[Word]) -> list[Word]:
    """``words`` without a «группа» that is no criminal group (see :func:`no_gang`) or names
    many groups (see :func:`many_groups`), without an arrest of property (see :func:`seized`)
    and without a go-between money is handed to (see :func:`handed_to`)."""
    return [
        w
        for k, w in enumerate(words)
        if not (
            no_gang(words, k) or many_groups(words, k) or seized(words, k) or handed_to(words, k)
        )
    ]


def many_groups(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is «групп» in the genitive plural: a population of gangs that
    analysts count or estimate («заработок всех преступных групп», «доходы 70% групп»), not one
    arrested group. An arrest of several groups names its verb («задержаны участники двух
    групп»), which stays an arrest word.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> many_groups(words("заработок всех преступных групп"), 3)
    True
    >>> many_groups(words("задержана преступная группа"), 2)
    False
    """
    return words[k].lemma == "группа" and words[k].plural


def handed_to(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is a go-between a victim hands money to, told in the scheme's
    telling: «передать наличку курьером», «через курьера», «отдала деньги дропу» (not
    «задержан курьер»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("передать наличку курьером")
    >>> handed_to(ws, 2), handed_to(words("задержан курьер"), 1)
    (True, False)
    """
    return words[k].lemma in cues.GO_BETWEENS and any(
        w.lemma in cues.HANDING_VERBS or w.text.lower() == "через" for w in words[max(0, k - 3) : k]
    )


def seized(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` arrests property, not persons: «арестовано имущество», «а
    арестовано — на 19 миллионов» (the words after it are :data:`cues.SEIZED_THINGS`).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> seized(words("арестовано имущество"), 0), seized(words("арестованы участники"), 0)
    (True, False)
    """
    return words[k].lemma in ("арестовать", "арест") and any(
        n.lemma in cues.SEIZED_THINGS for n in words[k + 1 : k + 4]
    )


def no_gang(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is a «группа» that is no criminal group: «группа риска»,
    «социальных групп», «создана группа «Киберпол»» (the words beside it are
    :data:`cues.NOT_A_GANG`).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("граждане социальных групп")
    >>> no_gang(ws, 2), no_gang(words("задержана преступная группа"), 2)
    (True, False)
    """
    if words[k].lemma != "группа":
        return False
    # a group named after it: a company or a unit («руководителя группы «Зетта Страхование»»),
    # not «преступная группа „Черные“»
    named = k + 1 < len(words) and words[k + 1].text[:1].isupper()
    criminal = k > 0 and words[k - 1].lemma in ("преступный", "организованный")
    return (named and not criminal) or any(
        n.lemma in cues.NOT_A_GANG for n in words[max(0, k - 1) : k + 2]
    )


def one_criminal_case(words: list[Word]) -> Word | None:
    """The word «дело» of one criminal case a text tells of: «рассмотрение уголовного дела в
    отношении лжеюристов», «подробности уголовного дела казанских застройщиков» (one case, in the
    singular and not counted; not «возбуждено 24 уголовных дела»), else ``None``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> one_criminal_case(words("началось рассмотрение уголовного дела в отношении лжеюристов")).text
    'дела'
    >>> one_criminal_case(words("возбуждено 24 уголовных дела")) is None
    True
    """
    for k in range(1, len(words)):
        case, criminal = words[k], words[k - 1]
        if (
            case.lemma == "дело"
            and criminal.lemma == "уголовный"
            and not (case.plural or criminal.plural or case.counted or criminal.counted)
            # «она фигурант уголовного дела»: the pretext phone scammers tell
            and not (k > 1 and words[k - 2].lemma == "фигурант")
        ):
            return case
    return None


def _days_counted(words: list[Word]) -> bool:
    """Whether the words count the crimes of a week or a day, as a weekly summary does: «за
    неделю», «за последние сутки», «за выходные» (statistics, not one case's story)."""
    return any(
        w.lemma == "за" and any(n.lemma in _SHORT_PERIODS for n in words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


#: Periods of a police summary shorter than a month.
_SHORT_PERIODS = frozenset(("неделя", "сутки", "выходные", "выходной"))
