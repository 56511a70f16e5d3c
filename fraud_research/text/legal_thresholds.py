"""Sums the law names: the size of loss a criminal code counts as large, or a penalty's condition.

«Крупным размером считается ущерб свыше 250 тысяч рублей», «за мошенничество с ущербом в 50
тысяч рублей грозит до двух лет»: no loss that happened, so neither damage nor a single case.
"""

from __future__ import annotations

from . import cues
from .lemmas import Word
from .matchers import DAMAGE, MONEY_WORDS, SEVERITY, CueSet, first_cue

__all__ = ["legal_threshold"]

LAW_WORDS = CueSet(cues.LAW_WORDS)

#: Words right before a sum that make it a bound («ущербом в», «ущербе от», «ущерб свыше»).
_BOUND_WORDS = frozenset(("в", "от", "свыше", "более", "превышающий", "превышать"))


def legal_threshold(sentence: list[Word], before: list[Word], *, at_least: bool) -> list[str]:
    """The words that make a sum a size the law names, or [] when they do not.

    A loss noun right before the sum, a bound between («ущербом в», «ущерб свыше»; ``at_least``
    when the bound was read into the number), and a word of the law in the sentence: a deeming
    verb («считается», «признаётся», «саналады»), a penalty («грозит», «наказывается») or a
    class of gravity the code sets («Тяжкие преступления начинаются от суммы в 250 тысяч»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Крупным размером считается ущерб свыше 250 тысяч рублей")
    >>> legal_threshold(ws, ws[:4], at_least=True)
    ['ущерб', 'считается']
    >>> ws = words("Тяжкие преступления начинаются от суммы в 250 тысяч рублей")
    >>> legal_threshold(ws, ws[:6], at_least=False)
    ['суммы', 'Тяжкие']
    >>> ws = words("К тяжким относятся хищения, где сумма ущерба начинается от 250 тысяч рублей")
    >>> legal_threshold(ws, ws[:9], at_least=False)
    ['ущерба', 'тяжким']
    >>> ws = words("В 2024 году ущерб составил свыше 250 тысяч рублей")
    >>> legal_threshold(ws, ws[:5], at_least=True)
    []
    """
    law = first_cue(LAW_WORDS, sentence) or first_cue(SEVERITY, sentence)
    if not law or not before:
        return []
    if before[-1].lemma in _BOUND_WORDS:
        # «сумма ущерба начинается от 250 тысяч»: the noun before the verb of the bound
        reach = 4 if len(before) > 1 and before[-2].lemma == "начинаться" else 2
        noun_at = before[-reach:-1]
    elif at_least:
        noun_at = before[-1:]  # the bound was read into the number («свыше 250 тысяч»)
    else:
        return []
    nouns = [w for w in noun_at if w.pos == "NOUN"]  # not «похитившим свыше 3 млн»: a haul
    noun = first_cue(DAMAGE, nouns) or first_cue(MONEY_WORDS, nouns)
    return noun + law if noun else []
