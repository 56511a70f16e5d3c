"""What crime one sentence speaks of: fraud, a breakdown of crime, other named crimes, grades
of crime, all crime, or crime in general (:func:`sentence_kind`); :mod:`fraud_research.text.counted`
weighs the sentences around a count with it. The words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re

from . import cues
from .amount_parts import refers_back
from .lemmas import Word
from .matchers import (
    ALL_CRIME,
    ALL_REPORTS,
    CRIME_WORDS,
    CYBER,
    CYBER_SCOPE,
    FRAUD_WORDS,
    INTERNET,
    INTERNET_SCOPE,
    MEANS_WORDS,
    NAMED_CRIMES,
    SCOPE_POINTERS,
    SEVERITY,
    THEFT,
    THEIR,
)

__all__ = ["FRAUD_ARTICLE_RE", "all_crime_together", "sentence_kind"]

_ARTICLES = "|".join(cues.FRAUD_ARTICLES)
#: A fraud article, its parts and ranges: «ст. 190», «статьям 159-159.6», «(159–159.6 УК)»,
#: «190-бап»
_ARTICLE = rf"(?:{_ARTICLES})(?:\.\d+)?"
FRAUD_ARTICLE_RE = re.compile(
    rf"(?:стать\w*|ст\.)\s*{_ARTICLE}(?:\s?[-–—]\s?{_ARTICLE})?(?![\d-])"
    rf"|(?<![\d.]){_ARTICLE}\s?[-–—]\s?{_ARTICLE}\s+(?:УК|ҚК)(?!\w)"
    rf"|(?<!\d)(?:{_ARTICLES})\s*-?\s*ба[пб]",
    re.I,
)


def sentence_kind(words: list[Word], text: str = "") -> str:
    """What crime a sentence speaks of: ``fraud``, ``structure``, ``named``, ``graded``,
    ``all_crime``, ``crime`` or ``""``.

    Fraud and cybercrime words, or a fraud article of a criminal code in ``text`` (the
    sentence), win; with two or more other named crimes beside fraud the sentence is a
    crime ``structure`` (a breakdown of all crime); then named other crimes (theft, murder,
    drugs); then grades of crime («тяжких»); then words of crime in general, ``all_crime``
    when they take all crime together («общее число преступлений»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> sentence_kind(words("Зарегистрировано 843 факта интернет-мошенничества."))
    'fraud'
    >>> sentence_kind(words("Сократилось число убийств и грабежей."))
    'named'
    >>> sentence_kind(words("Более 6 600 из них относятся к тяжким составам."))
    'graded'
    >>> text = "По статье 190 УК возбуждено 57 уголовных дел."
    >>> sentence_kind(words(text), text)
    'fraud'
    >>> sentence_kind(words("Лидируют кражи — 1 176, мошенничество — 221, грабежи — 77."))
    'structure'
    >>> sentence_kind(words("Биыл елде қылмыс саны азайды.")), sentence_kind(words("Итоги года."))
    ('crime', '')
    >>> sentence_kind(words("Общее число зарегистрированных преступлений сократилось."))
    'all_crime'
    """
    if FRAUD_WORDS.first(words) or FRAUD_ARTICLE_RE.search(text) or _crimes_by_cyber_means(words):
        named = {w.lemma for w in words if NAMED_CRIMES.matches_word(w) or SEVERITY.matches_word(w)}
        return "structure" if len(named) >= 2 or SEVERITY.first(words) else "fraud"
    if any(NAMED_CRIMES.matches_word(w) and not SEVERITY.matches_word(w) for w in words):
        return "named"
    # a class of crime named by a phrase («преступления в сфере экономики», «в сферах земельных
    # отношений и строительства»)
    if CRIME_WORDS.first(words) and (
        len(NAMED_CRIMES.first_words(words)) > 1 or _crimes_of_another_sphere(words)
    ):
        return "named"
    if SEVERITY.first(words):
        return "graded"  # «тяжких и особо тяжких преступлений — до 591»: a class of all crime
    if refers_back(words):
        return ""  # «преступлений в данной сфере»: the crime named before, not crime in general
    if _every_report(words):
        return "all_crime"
    if CRIME_WORDS.first(words):
        together = all_crime_together(words) or ALL_REPORTS.first(words)
        return "all_crime" if together else "crime"
    return ""


def _crimes_by_cyber_means(words: list[Word]) -> bool:
    """Crimes or thefts named by their cyber or internet means right after them: «преступлений
    в сфере компьютерной информации», «преступления, совершённые с использованием компьютерной
    техники», «преступлений с использованием средств сотовой связи», «хищением денег с
    использованием компьютерной техники»."""
    return any(
        (CRIME_WORDS.matches_word(w) or THEFT.matches_word(w))
        and (
            CYBER_SCOPE.first(words[k + 1 : k + 5])
            or INTERNET_SCOPE.first(words[k + 1 : k + 5])
            or _by_a_computer(words[k + 1 : k + 8])  # «… в области было связано с компьютерами»
        )
        for k, w in enumerate(words)
    )


def _by_a_computer(words: list[Word]) -> bool:
    """A noun of cyber means after «с» or a word of means: «связано с компьютерами»."""
    return any(
        w.lemma in cues.CYBER_MEANS_NOUNS
        and (v.text.lower() in ("с", "со") or MEANS_WORDS.matches_word(v))
        for v, w in zip(words, words[1:], strict=False)
    )


def _crimes_of_another_sphere(words: list[Word]) -> bool:
    """Crimes named by a sphere that is not a cyber one right after them: «преступлений в
    сферах земельных отношений и строительства» (not «в сфере информационных технологий»)."""
    for k, w in enumerate(words[:-3]):
        sphere = [v.lemma for v in words[k + 1 : k + 3]] == ["в", "сфера"]
        if sphere and CRIME_WORDS.matches_word(w):
            named = words[k + 3 : k + 7]
            cyber = any(v.lemma in cues.CYBER_SPHERES for v in named)
            return not (
                cyber
                or CYBER_SCOPE.first(named)
                or INTERNET_SCOPE.first(named)
                or FRAUD_WORDS.first(named)
            )
    return False


#: Breaches of the law of any kind, reported to the police.
_BREACHES = frozenset(("нарушение", "правонарушение", "происшествие"))


def _every_report(words: list[Word]) -> bool:
    """«83 сообщения о преступлениях», «500 тысяч заявлений и других сообщений о нарушениях
    закона»: every report the police took, of any crime or breach."""
    for k, w in enumerate(words[:-2]):
        if w.lemma in cues.REPORT_NOUNS and words[k + 1].text.lower() == "о":
            reported = words[k + 2]
            if CRIME_WORDS.matches_word(reported) or reported.lemma in _BREACHES:
                return True
    return False


def all_crime_together(words: list[Word]) -> bool:
    """«общее число преступлений», «общий массив», «жалпы қылмыс»: all crime taken together.

    The word «общий» must take the crimes or their number: «общий ущерб … в 1899
    преступлениях» is the damage of these crimes, not all crime.
    """
    for k, w in enumerate(words):
        if w.lemma == "преступность" and not (
            CYBER.first(words[k + 1 : k + 5]) or INTERNET.first(words[k + 1 : k + 5])
        ):
            # «состояние преступности», «уровень преступности»: crime as a whole; not
            # «преступность в сфере ИТК»
            return True
        if ALL_CRIME.matches_word(w) and not (k and THEIR.matches_word(words[k - 1])):
            # not «их общее количество»: the total of the crimes named before
            nxt = words[k + 1 : k + 3]
            if w.lemma == "массив" or any(
                CRIME_WORDS.matches_word(n)
                or n.lemma in ("число", "количество", "массив", "уровень")
                for n in nxt
            ):
                return True
            if _kazakh_total_of_crimes(words, k):
                return True
    return False


def _kazakh_total_of_crimes(words: list[Word], k: int) -> bool:
    """«қылмыстық құқық бұзушылықтардың жалпы саны»: the Kazakh total («жалпы саны») follows
    the crimes it counts; crimes of no kind named (not «интернет-алаяқтық қылмыстарының», nor
    «мұндай қылмыстардың», such crimes)."""
    if k + 1 >= len(words) or not words[k + 1].text.lower().startswith("сан"):
        return False
    before = words[max(0, k - 3) : k]
    return any(CRIME_WORDS.matches_word(b) for b in before) and not any(
        FRAUD_WORDS.matches_word(b) or SCOPE_POINTERS.matches_word(b) for b in before
    )
